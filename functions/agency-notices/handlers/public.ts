import { agencyNoticesManifest } from '#functions/agency-notices/manifest';
import { publicListing } from '#functions/agency-notices/store/public-listing';
import { httpGroup } from '#functions/platform/http/group';
import { ok } from '#functions/platform/respond';

/** Browsers and CDNs may keep the public list 5 minutes: it changes with deductions, a few a day. */
const PUBLIC_CACHE = 'public, max-age=300';

/** 公告名单: no login, nothing personal; its own Lambda (read only) and its own throttle in AWS. */
export const handler = httpGroup(agencyNoticesManifest.routes, 'agencyPublic', {
  'GET /api/public/agencies': async ({ now }) =>
    ok(await publicListing(now), { 'cache-control': PUBLIC_CACHE }),
});
