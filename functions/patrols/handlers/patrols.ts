import { authenticate } from '#functions/identity/index';
import { currentRoute, formRoute, saveRoute } from '#functions/patrols/handlers/forms';
import {
  createRoute,
  dueRoute,
  listRoute,
  plansRoute,
  setPlanRoute,
  showRoute,
} from '#functions/patrols/handlers/records';
import { patrolsManifest } from '#functions/patrols/manifest';
import { appendAuditEntry } from '#functions/platform/audit/append';
import { httpGroup } from '#functions/platform/http/group';

/**
 * 网格化巡查: grid members record patrols of their grid's enterprises on the phone and see what is due; every
 * supervisor lists the patrols in its scope; the city edits its form, districts their additions and their
 * patrol frequency (each edit audited by the audit middleware).
 */
export const handler = httpGroup(
  patrolsManifest.routes,
  'patrols',
  {
    'GET /api/patrol-forms/current': ({ principal, query }) => currentRoute(principal, query.districtId),
    'GET /api/patrol-forms/city': ({ principal }) => formRoute(principal, 'city'),
    'PUT /api/patrol-forms/city': ({ principal, body, now }) => saveRoute(principal, 'city', body, now),
    'GET /api/patrol-forms/districts/{districtId}': ({ principal, params }) =>
      formRoute(principal, params.districtId),
    'PUT /api/patrol-forms/districts/{districtId}': ({ principal, params, body, now }) =>
      saveRoute(principal, params.districtId, body, now),
    'POST /api/patrols': ({ principal, body, now, requestId }) =>
      createRoute(principal, body, now, { routeKey: 'POST /api/patrols', requestId }),
    'GET /api/patrols': ({ principal, query, now }) => listRoute(principal, query, now),
    'GET /api/patrols/due': ({ principal, query, now }) => dueRoute(principal, query, now),
    'GET /api/patrols/{id}': ({ principal, params }) => showRoute(principal, params.id),
    'GET /api/patrol-plans': ({ principal }) => plansRoute(principal),
    'PUT /api/patrol-plans/{districtId}': ({ principal, params, body, now }) =>
      setPlanRoute(principal, params.districtId, body, now),
  },
  { authenticate: authenticate(), appendAudit: appendAuditEntry },
);
