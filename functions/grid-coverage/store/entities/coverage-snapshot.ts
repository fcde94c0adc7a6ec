import { Entity } from 'electrodb';
import { documentClient, tableName } from '#functions/platform/dynamo';

/**
 * One district's grid coverage (网格覆盖) as the coverage job last counted it (ARCHITECTURE.md §6: aggregates are
 * precomputed snapshots): its active enterprises in and outside a grid, per town. Replaced whole by every job
 * run, and by a bulk assignment's worker when it finishes. Access pattern:
 * - the snapshot of district D (get; the city's view reads the 7)
 */
export const coverageSnapshot = new Entity(
  {
    model: { entity: 'gridCoverageSnapshot', version: '1', service: 'changan' },
    attributes: {
      districtId: { type: 'string', required: true },
      generatedAt: { type: 'string', required: true },
      /** The whole `DistrictCoverage` (domain/tally.ts). */
      coverage: { type: 'any', required: true },
    },
    indexes: {
      byDistrict: { pk: { field: 'pk', composite: ['districtId'] }, sk: { field: 'sk', composite: [] } },
    },
  },
  { client: documentClient, table: tableName },
);
