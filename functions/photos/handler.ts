import { authenticate } from '#functions/identity/index';
import { photosManifest } from '#functions/photos/manifest';
import { grantUpload, photoFor } from '#functions/photos/store/photos';
import { appendAuditEntry } from '#functions/platform/audit/append';
import { httpGroup } from '#functions/platform/http/group';
import { created, ok } from '#functions/platform/respond';

/** 照片: granting an upload (the browser then posts the file to S3 itself) and showing one photo. */
export const handler = httpGroup(
  photosManifest.routes,
  'photos',
  {
    'POST /api/uploads': async ({ body, principal, now }) => {
      const { ticket, audit } = await grantUpload(principal, body, now);
      return created(ticket, audit);
    },
    'GET /api/photos/{id}': async ({ params, principal }) => ok(await photoFor(principal, params.id)),
  },
  { authenticate: authenticate(), appendAudit: appendAuditEntry },
);
