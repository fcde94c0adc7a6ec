import { Entity } from 'electrodb';
import { rateLevels } from '#functions/patrol-insights/schemas';
import { documentClient, tableName } from '#functions/platform/dynamo';

/**
 * One area's patrol rate for one period (ARCHITECTURE.md §6: aggregates are precomputed snapshots), replaced
 * by every run of the patrol-rates job. Access patterns:
 * - the city's and the districts' rows of a period: `bucket` 'city' (one query each level)
 * - a district's towns, or its grids (sk `townId#gridId`, so one town's grids are a begins_with)
 */
export const patrolRateRow = new Entity(
  {
    model: { entity: 'patrolRateRow', version: '1', service: 'changan' },
    attributes: {
      period: { type: 'string', required: true },
      level: { type: rateLevels, required: true },
      /** 'city' for the city and district levels; the district for towns and grids. */
      bucket: { type: 'string', required: true },
      /** The area's key in its bucket: 'city', the district, the town, or `townId#gridId`. */
      areaKey: { type: 'string', required: true },
      generatedAt: { type: 'string', required: true },
      /** The whole `PatrolRateRow` (schemas.ts), checked against its schema when read. */
      row: { type: 'any', required: true },
    },
    indexes: {
      byBucket: {
        pk: { field: 'pk', composite: ['period', 'level', 'bucket'] },
        sk: { field: 'sk', composite: ['areaKey'] },
      },
    },
  },
  { client: documentClient, table: tableName },
);

/**
 * The last run of a period: rows not rewritten for a few hours before it belong to areas that are gone (a
 * deleted grid) and are not shown (store/rates.ts, STALE_AFTER_MS). Access pattern: get by period.
 */
export const patrolRateRun = new Entity(
  {
    model: { entity: 'patrolRateRun', version: '1', service: 'changan' },
    attributes: {
      period: { type: 'string', required: true },
      generatedAt: { type: 'string', required: true },
      throughDay: { type: 'string', required: true },
    },
    indexes: {
      byPeriod: {
        pk: { field: 'pk', composite: ['period'] },
        sk: { field: 'sk', composite: [] },
      },
    },
  },
  { client: documentClient, table: tableName },
);
