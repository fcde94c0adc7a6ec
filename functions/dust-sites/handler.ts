import { dustSitesManifest } from '#functions/dust-sites/manifest';
import { listSites } from '#functions/dust-sites/store/lists';
import {
  createSite,
  getSite,
  reissueSiteCode,
  retireSite,
  updateSite,
} from '#functions/dust-sites/store/sites';
import { authenticate } from '#functions/identity/index';
import { appendAuditEntry } from '#functions/platform/audit/append';
import { httpGroup } from '#functions/platform/http/group';
import { created, noContent, ok, page, written } from '#functions/platform/respond';

/** 重点粉尘场所: managers write (their writes are audited by the audit middleware); everyone reads in scope. */
export const handler = httpGroup(
  dustSitesManifest.routes,
  'dustSites',
  {
    'GET /api/dust-sites': async ({ principal, query: { limit, cursor, ...filter } }) => {
      const { data, nextCursor } = await listSites(principal, filter, { limit, cursor });
      return page(data, nextCursor);
    },
    'POST /api/dust-sites': async ({ principal, body, now }) => {
      const { site, audit } = await createSite(principal, body, now);
      return created(site, audit);
    },
    'GET /api/dust-sites/{id}': async ({ principal, params }) => ok(await getSite(principal, params.id)),
    'PUT /api/dust-sites/{id}': async ({ principal, params, body, now }) => {
      const { site, audit } = await updateSite(principal, params.id, body, now);
      return written(site, audit);
    },
    'DELETE /api/dust-sites/{id}': async ({ principal, params, now }) =>
      noContent((await retireSite(principal, params.id, now)).audit),
    'POST /api/dust-sites/{id}/code': async ({ principal, params, now }) => {
      const { site, audit } = await reissueSiteCode(principal, params.id, now);
      return written(site, audit);
    },
  },
  { authenticate: authenticate(), appendAudit: appendAuditEntry },
);
