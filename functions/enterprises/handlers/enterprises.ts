import { enterprisesManifest } from '#functions/enterprises/manifest';
import {
  createEnterprise,
  deleteEnterprise,
  getEnterprise,
  updateEnterprise,
} from '#functions/enterprises/store/enterprises';
import { listEnterprises } from '#functions/enterprises/store/list';
import { withPlaceName, withPlaceNames } from '#functions/enterprises/store/records';
import { authenticate } from '#functions/identity/index';
import { appendAuditEntry } from '#functions/platform/audit/append';
import { httpGroup } from '#functions/platform/http/group';
import { created, noContent, ok, page, written } from '#functions/platform/respond';

/**
 * 企业登记: scope, masking and the credit-code claim live in the store functions, not here. Every answer names
 * the enterprises' district, town and grid: one batched read of a page's towns and grids.
 */
export const handler = httpGroup(
  enterprisesManifest.routes,
  'enterprises',
  {
    'GET /api/enterprises': async ({ query: { limit, cursor, ...filter }, principal }) => {
      const { data, nextCursor } = await listEnterprises(principal, filter, { limit, cursor });
      return page(await withPlaceNames(data), nextCursor);
    },
    'POST /api/enterprises': async ({ body, principal, now }) => {
      const { enterprise, audit } = await createEnterprise(principal, body, now);
      return created(await withPlaceName(enterprise), audit);
    },
    'GET /api/enterprises/{id}': async ({ params, principal }) =>
      ok(await withPlaceName(await getEnterprise(principal, params.id))),
    'PUT /api/enterprises/{id}': async ({ params, body, principal, now }) => {
      const { enterprise, audit } = await updateEnterprise(principal, params.id, body, now);
      return written(await withPlaceName(enterprise), audit);
    },
    'DELETE /api/enterprises/{id}': async ({ params, principal }) =>
      noContent(await deleteEnterprise(principal, params.id)),
  },
  { authenticate: authenticate(), appendAudit: appendAuditEntry },
);
