import { auditManifest } from '#functions/audit/manifest';
import { listAuditEntries } from '#functions/audit/store/audit-log';
import { authenticate } from '#functions/identity/index';
import { httpGroup } from '#functions/platform/http/group';
import { page } from '#functions/platform/respond';

export const handler = httpGroup(
  auditManifest.routes,
  'audit',
  {
    'GET /api/audit': async ({ principal, query: { limit, cursor, ...filter } }) => {
      const { data, nextCursor } = await listAuditEntries(principal, filter, { limit, cursor });
      return page(data, nextCursor);
    },
  },
  { authenticate: authenticate() },
);
