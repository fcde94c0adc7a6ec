import { Entity } from 'electrodb';
import { documentClient, tableName } from '#functions/platform/dynamo';

/**
 * A town or street (镇、街道) of one district; 66 in the demo city.
 * Access patterns:
 * - the town T (get)
 * - every town, or the towns of district D (query byCity, gsi1; sort key district, town)
 */
export const town = new Entity(
  {
    model: { entity: 'town', version: '1', service: 'changan' },
    attributes: {
      townId: { type: 'string', required: true },
      districtId: { type: 'string', required: true },
      name: { type: 'string', required: true },
      createdAt: { type: 'string', required: true },
      updatedAt: { type: 'string', required: true },
    },
    indexes: {
      byId: {
        pk: { field: 'pk', composite: ['townId'] },
        sk: { field: 'sk', composite: [] },
      },
      byCity: {
        index: 'gsi1',
        pk: { field: 'gsi1pk', composite: [], template: 'towns' },
        sk: { field: 'gsi1sk', composite: ['districtId', 'townId'] },
      },
    },
  },
  { client: documentClient, table: tableName },
);
