import { Entity } from 'electrodb';
import { documentClient, tableName } from '#functions/platform/dynamo';

/**
 * One version of a patrol form: the city's (`formKey` = `city`) or a district's additions (`formKey` = the
 * district id). A version is never changed: an edit creates version n + 1 with a conditional create, so two
 * concurrent edits cannot both become n + 1. `lastUsed` is the highest item number any version used (new items
 * never take an old id). Access patterns: a form's latest version (pk form key, sk version, newest first) and
 * one exact version (get), which a patrol submit reads.
 */
export const patrolForm = new Entity(
  {
    model: { entity: 'patrolForm', version: '1', service: 'changan' },
    attributes: {
      formKey: { type: 'string', required: true },
      version: { type: 'number', required: true, padding: { length: 6, char: '0' } },
      items: {
        type: 'list',
        required: true,
        items: {
          type: 'map',
          properties: {
            itemId: { type: 'string', required: true },
            text: { type: 'string', required: true },
          },
        },
      },
      lastUsed: { type: 'number', required: true },
      updatedAt: { type: 'string', required: true },
      updatedBy: { type: 'string', required: true },
      updatedByName: { type: 'string', required: true },
    },
    indexes: {
      byForm: {
        pk: { field: 'pk', composite: ['formKey'] },
        sk: { field: 'sk', composite: ['version'] },
      },
    },
  },
  { client: documentClient, table: tableName },
);
