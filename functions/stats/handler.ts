import { authenticate } from '#functions/identity/index';
import { httpGroup } from '#functions/platform/http/group';
import { ok } from '#functions/platform/respond';
import { statsManifest } from '#functions/stats/manifest';
import { findStatsFor } from '#functions/stats/store/snapshots';

export const handler = httpGroup(
  statsManifest.routes,
  'dashboard',
  { 'GET /api/stats': async ({ principal }) => ok(await findStatsFor(principal)) },
  { authenticate: authenticate() },
);
