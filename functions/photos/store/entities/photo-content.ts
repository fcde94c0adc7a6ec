import { Entity } from 'electrodb';
import { documentClient, tableName } from '#functions/platform/dynamo';

/**
 * The first verified photo of each content (SHA-256), city-wide: put with attribute_not_exists when a photo is
 * verified, so a later photo of the same bytes finds it and is marked suspect. A photo that finds its own id
 * here is the same delivery again, not a duplicate. Access pattern: the first photo of content H (get;
 * conditional put).
 */
export const photoContent = new Entity(
  {
    model: { entity: 'photoContent', version: '1', service: 'changan' },
    attributes: {
      sha256: { type: 'string', required: true },
      photoId: { type: 'string', required: true },
      enterpriseId: { type: 'string', required: true },
      uploadedBy: { type: 'string', required: true },
      firstAt: { type: 'string', required: true },
    },
    indexes: {
      byContent: { pk: { field: 'pk', composite: ['sha256'] }, sk: { field: 'sk', composite: [] } },
    },
  },
  { client: documentClient, table: tableName },
);
