import { listRoute, showRoute } from '#functions/dust-cleanings/handlers/list';
import { uploadCleaning } from '#functions/dust-cleanings/handlers/upload';
import { dustCleaningsManifest } from '#functions/dust-cleanings/manifest';
import { authenticate } from '#functions/identity/index';
import { httpGroup } from '#functions/platform/http/group';

/** 粉尘清扫上报: the phone uploads a site's daily photos; everyone lists the cleanings in their scope. */
export const handler = httpGroup(
  dustCleaningsManifest.routes,
  'dustCleanings',
  {
    'POST /api/dust-cleanings': ({ principal, body, now }) => uploadCleaning(principal, body, now),
    'GET /api/dust-cleanings': ({ principal, query, now }) => listRoute(principal, query, now),
    'GET /api/dust-cleanings/{id}': ({ principal, params }) => showRoute(principal, params.id),
  },
  { authenticate: authenticate() },
);
