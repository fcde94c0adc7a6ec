import { authenticate } from '#functions/identity/authenticate';
import { identityManifest } from '#functions/identity/manifest';
import {
  createUser,
  getUser,
  resetUserPassword,
  setUserDisabled,
  unlockUser,
  updateUser,
} from '#functions/identity/store/user-admin';
import { listUsers } from '#functions/identity/store/user-lists';
import { appendAuditEntry } from '#functions/platform/audit/append';
import { httpGroup } from '#functions/platform/http/group';
import { created, ok, page, written } from '#functions/platform/respond';

export const handler = httpGroup(
  identityManifest.routes,
  'users',
  {
    'GET /api/users': async ({ principal, query: { limit, cursor, ...filter } }) => {
      const { data, nextCursor } = await listUsers(principal, filter, { limit, cursor });
      return page(data, nextCursor);
    },
    'POST /api/users': async ({ principal, body, now }) => {
      const { result, audit } = await createUser(principal, body, now);
      return created(result, audit);
    },
    'GET /api/users/{id}': async ({ principal, params, now }) => ok(await getUser(principal, params.id, now)),
    'PUT /api/users/{id}': async ({ principal, params, body, now }) => {
      const { result, audit } = await updateUser(principal, params.id, body, now);
      return written(result, audit);
    },
    'POST /api/users/{id}/status': async ({ principal, params, body, now }) => {
      const { result, audit } = await setUserDisabled(principal, params.id, body.disabled, now);
      return written(result, audit);
    },
    'POST /api/users/{id}/password-reset': async ({ principal, params, now }) => {
      const { result, audit } = await resetUserPassword(principal, params.id, now);
      return written(result, audit);
    },
    'POST /api/users/{id}/unlock': async ({ principal, params, now }) => {
      const { result, audit } = await unlockUser(principal, params.id, now);
      return written(result, audit);
    },
  },
  { authenticate: authenticate(), appendAudit: appendAuditEntry },
);
