import { authenticate } from '#functions/identity/index';
import { httpGroup } from '#functions/platform/http/group';
import { created, ok, page } from '#functions/platform/respond';
import { scansManifest } from '#functions/scans/manifest';
import { getScan, listScans } from '#functions/scans/store/list';
import { recordScan } from '#functions/scans/store/record';

/** 扫码自查: the phone records scans; everyone lists the scans in their scope. */
export const handler = httpGroup(
  scansManifest.routes,
  'scans',
  {
    'POST /api/scans': async ({ principal, body, now }) => {
      const { scan, replayed } = await recordScan(principal, body, now);
      // A retry answers the scan recorded the first time, with 200: nothing new was created.
      return replayed ? ok(scan) : created(scan);
    },
    'GET /api/scans': async ({ principal, query: { limit, cursor, ...filter }, now }) => {
      const { data, nextCursor } = await listScans(principal, filter, { limit, cursor }, now);
      return page(data, nextCursor);
    },
    'GET /api/scans/{id}': async ({ principal, params }) => ok(await getScan(principal, params.id)),
  },
  { authenticate: authenticate() },
);
