import { dustLadderManifest } from '#functions/dust-ladder/manifest';
import { findDustRate } from '#functions/dust-ladder/store/find-rate';
import { authenticate } from '#functions/identity/index';
import { httpGroup } from '#functions/platform/http/group';
import { ok } from '#functions/platform/respond';

/** 粉尘清扫上报率: the snapshot jobs' rows, read by key (no route counts). */
export const handler = httpGroup(
  dustLadderManifest.routes,
  'dustMetrics',
  {
    'GET /api/metrics/dust': async ({ principal, query, now }) =>
      ok(await findDustRate(principal, query, now)),
  },
  { authenticate: authenticate() },
);
