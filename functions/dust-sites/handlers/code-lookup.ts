import { dustSitesManifest } from '#functions/dust-sites/manifest';
import { siteCardOfToken } from '#functions/dust-sites/store/site-card';
import { authenticate } from '#functions/identity/index';
import { httpGroup } from '#functions/platform/http/group';
import { ok } from '#functions/platform/respond';

/**
 * 场所码: what the phone page `/m/d/<token>` opens. A group of its own (read only): it reads today's day record
 * through dust-cleanings, which the sites' writes have no need of.
 */
export const handler = httpGroup(
  dustSitesManifest.routes,
  'dustSiteCodes',
  {
    'GET /api/dust-site-codes/{token}': async ({ principal, params, now }) =>
      ok(await siteCardOfToken(principal, params.token, now)),
  },
  { authenticate: authenticate() },
);
