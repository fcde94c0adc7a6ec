import { Entity } from 'electrodb';
import { documentClient, tableName } from '#functions/platform/dynamo';

/**
 * A grid (网格) of one town: the unit a grid member patrols.
 * Access patterns:
 * - the grid G (get)
 * - every grid, the grids of district D, or of town T in D (query byCity, gsi1; sort key district, town, grid)
 * - does town T still have grids (the same query, one item)
 */
export const grid = new Entity(
  {
    model: { entity: 'grid', version: '1', service: 'changan' },
    attributes: {
      gridId: { type: 'string', required: true },
      districtId: { type: 'string', required: true },
      townId: { type: 'string', required: true },
      name: { type: 'string', required: true },
      createdAt: { type: 'string', required: true },
      updatedAt: { type: 'string', required: true },
    },
    indexes: {
      byId: {
        pk: { field: 'pk', composite: ['gridId'] },
        sk: { field: 'sk', composite: [] },
      },
      byCity: {
        index: 'gsi1',
        pk: { field: 'gsi1pk', composite: [], template: 'grids' },
        sk: { field: 'gsi1sk', composite: ['districtId', 'townId', 'gridId'] },
      },
    },
  },
  { client: documentClient, table: tableName },
);
