import { Entity } from 'electrodb';
import { photoKinds, photoStatuses } from '#functions/photos/domain/photo-key';
import { rejectionReasons } from '#functions/photos/domain/rejections';
import { documentClient, tableName } from '#functions/platform/dynamo';

/**
 * One uploaded (or announced) photo (ARCHITECTURE.md §7). Created PENDING with its server-chosen key when an
 * upload is granted; the ObjectCreated worker moves it, conditionally on PENDING, to VERIFIED or REJECTED. The id
 * is the key's ULID, so the worker finds the photo from the key alone. Access patterns:
 * - the photo P (get; conditional create; conditional PENDING → VERIFIED | REJECTED, VERIFIED → REJECTED)
 * - many photos by id (batch get: usablePhotos, photoViews)
 */
export const photo = new Entity(
  {
    model: { entity: 'photo', version: '1', service: 'changan' },
    attributes: {
      photoId: { type: 'string', required: true },
      kind: { type: photoKinds, required: true },
      status: { type: photoStatuses, required: true },
      key: { type: 'string', required: true },
      contentType: { type: 'string', required: true },
      enterpriseId: { type: 'string', required: true },
      districtId: { type: 'string', required: true },
      townId: { type: 'string' },
      gridId: { type: 'string' },
      uploadedBy: { type: 'string', required: true },
      uploadedAt: { type: 'string', required: true },
      sha256: { type: 'string' },
      size: { type: 'number' },
      capturedAt: { type: 'string' },
      suspect: { type: 'string' },
      /** Machine codes of `suspect` (SuspectCode), for the dust review gallery's labels. */
      suspectReasons: { type: 'list', items: { type: 'string' } },
      /** The 64-bit dHash (16 hex digits); absent for WebP and images over the decode caps. */
      dhash: { type: 'string' },
      rejectReason: { type: rejectionReasons },
      checkedAt: { type: 'string' },
    },
    indexes: {
      byId: { pk: { field: 'pk', composite: ['photoId'] }, sk: { field: 'sk', composite: [] } },
    },
  },
  { client: documentClient, table: tableName },
);
