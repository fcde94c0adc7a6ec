import { Entity } from 'electrodb';
import { documentClient, tableName } from '#functions/platform/dynamo';

/**
 * An agency's live deduction points and count of a year: ADDed after a deduction is written, ADDed back by the
 * one revocation whose condition held, recomputed nightly from the year's deductions (agency-score-repair).
 */
export const agencyScoreCounter = new Entity(
  {
    model: { entity: 'agencyScoreCounter', version: '1', service: 'changan' },
    attributes: {
      agencyId: { type: 'string', required: true },
      year: { type: 'number', required: true },
      points: { type: 'number', required: true, default: 0 },
      deductions: { type: 'number', required: true, default: 0 },
      repairedAt: { type: 'string' },
    },
    indexes: {
      byAgencyYear: {
        pk: { field: 'pk', composite: ['agencyId', 'year'] },
        sk: { field: 'sk', composite: [] },
      },
    },
  },
  { client: documentClient, table: tableName },
);

export type ScoreCounterItem = NonNullable<
  Awaited<ReturnType<ReturnType<typeof agencyScoreCounter.get>['go']>>['data']
>;
