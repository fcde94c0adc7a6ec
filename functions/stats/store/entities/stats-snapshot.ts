import { Entity } from 'electrodb';
import { documentClient, tableName } from '#functions/platform/dynamo';
import { statsScopeKinds } from '#functions/stats/domain/scope-kinds';

/**
 * The dashboard's counts for one area (ARCHITECTURE.md §6: aggregates are precomputed snapshots), replaced
 * whole by every run of the stats job. Access patterns:
 * - the snapshot of area (kind, id): the city, a district, a town or a grid (get; `GET /api/stats` reads one)
 */
export const statsSnapshot = new Entity(
  {
    model: { entity: 'statsSnapshot', version: '1', service: 'changan' },
    attributes: {
      scopeKind: { type: statsScopeKinds, required: true },
      scopeId: { type: 'string', required: true },
      generatedAt: { type: 'string', required: true },
      /** The whole `StatsSnapshot` (schemas.ts), checked against its schema when read. */
      snapshot: { type: 'any', required: true },
    },
    indexes: {
      byScope: {
        pk: { field: 'pk', composite: ['scopeKind', 'scopeId'] },
        sk: { field: 'sk', composite: [] },
      },
    },
  },
  { client: documentClient, table: tableName },
);
