import { agencyNoticesManifest } from '#functions/agency-notices/manifest';
import { agencyStats } from '#functions/agency-notices/store/stats';
import { authenticate } from '#functions/identity/index';
import { httpGroup } from '#functions/platform/http/group';
import { ok } from '#functions/platform/respond';

/** 考评统计: a quarter's figures per issuing district against the city average (city and district admins). */
export const handler = httpGroup(
  agencyNoticesManifest.routes,
  'agencyStats',
  { 'GET /api/agency-stats': async ({ query }) => ok(await agencyStats(query)) },
  { authenticate: authenticate() },
);
