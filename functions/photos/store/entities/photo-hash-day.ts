import { Entity } from 'electrodb';
import { photoKinds } from '#functions/photos/domain/photo-key';
import { documentClient, tableName } from '#functions/platform/dynamo';

/**
 * The perceptual hashes (dHash, 16 hex digits) of one enterprise's verified photos of one kind on one
 * Asia/Shanghai day: a string set the upload check ADDs to (a redelivery adds nothing new). Access pattern:
 * the enterprise's hashes of kind K for days D−90 … D−1 (one Query, sk between); add a hash to day D (update).
 * A day holds a handful of photos per site, far from the 400 KB item limit.
 */
export const photoHashDay = new Entity(
  {
    model: { entity: 'photoHashDay', version: '1', service: 'changan' },
    attributes: {
      enterpriseId: { type: 'string', required: true },
      kind: { type: photoKinds, required: true },
      day: { type: 'string', required: true },
      hashes: { type: 'set', items: 'string' },
    },
    indexes: {
      byEnterpriseKind: {
        pk: { field: 'pk', composite: ['enterpriseId', 'kind'] },
        sk: { field: 'sk', composite: ['day'] },
      },
    },
  },
  { client: documentClient, table: tableName },
);
