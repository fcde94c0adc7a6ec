import { listRoute, showRoute } from '#functions/dust-cleanings/handlers/list';
import { reviewCleaning } from '#functions/dust-cleanings/handlers/review';
import { reviewsRoute } from '#functions/dust-cleanings/handlers/reviews';
import { uploadCleaning } from '#functions/dust-cleanings/handlers/upload';
import { dustCleaningsManifest } from '#functions/dust-cleanings/manifest';
import { authenticate } from '#functions/identity/index';
import { appendAuditEntry } from '#functions/platform/audit/append';
import { httpGroup } from '#functions/platform/http/group';

/**
 * 粉尘清扫上报: the phone uploads a site's daily photos; everyone lists the cleanings in their scope; the town
 * officer (district, city) reviews the spot-checked ones (their decisions are audited by the audit middleware).
 */
export const handler = httpGroup(
  dustCleaningsManifest.routes,
  'dustCleanings',
  {
    'POST /api/dust-cleanings': ({ principal, body, now }) => uploadCleaning(principal, body, now),
    'GET /api/dust-cleanings': ({ principal, query, now }) => listRoute(principal, query, now),
    'GET /api/dust-cleanings/{id}': ({ principal, params }) => showRoute(principal, params.id),
    'POST /api/dust-cleanings/{id}/review': ({ principal, params, body, now }) =>
      reviewCleaning(principal, params.id, body, now),
    'GET /api/dust-reviews': ({ principal, query, now }) => reviewsRoute(principal, query, now),
  },
  { authenticate: authenticate(), appendAudit: appendAuditEntry },
);
