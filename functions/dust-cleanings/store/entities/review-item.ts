import { Entity } from 'electrodb';
import { documentClient, tableName } from '#functions/platform/dynamo';

/**
 * One cleaning in the spot-check review queue (抽查): created once by the `dust-spot-check` job (conditional
 * create, so a second run adds nothing), then decided by a reviewer. `rank` is '0' for a suspect cleaning and
 * '1' otherwise, so a town's or district's queue of a day reads suspect first by key order. Access patterns:
 * - the item of cleaning C (get; conditional create; conditional decision, a rejection is final)
 * - the queue of town T, day D or a range of days, suspect first (gsi1: townId / day, rank, cleaningId)
 * - the queue of district X, likewise (gsi2: districtId / day, rank, cleaningId); the city reads its 7 districts
 */
export const reviewItem = new Entity(
  {
    model: { entity: 'dustReviewItem', version: '1', service: 'changan' },
    attributes: {
      cleaningId: { type: 'string', required: true },
      siteId: { type: 'string', required: true },
      enterpriseId: { type: 'string', required: true },
      districtId: { type: 'string', required: true },
      townId: { type: 'string', required: true },
      day: { type: 'string', required: true },
      rank: { type: ['0', '1'] as const, required: true },
      suspect: { type: 'boolean', required: true },
      suspectReasons: { type: 'list', items: { type: 'string' } },
      state: { type: ['queued', 'approved', 'rejected'] as const, required: true },
      queuedAt: { type: 'string', required: true },
      reviewedBy: { type: 'string' },
      reviewedAt: { type: 'string' },
      reason: { type: 'string' },
    },
    indexes: {
      byCleaning: { pk: { field: 'pk', composite: ['cleaningId'] }, sk: { field: 'sk', composite: [] } },
      byTown: {
        index: 'gsi1',
        pk: { field: 'gsi1pk', composite: ['townId'] },
        sk: { field: 'gsi1sk', composite: ['day', 'rank', 'cleaningId'] },
      },
      byDistrict: {
        index: 'gsi2',
        pk: { field: 'gsi2pk', composite: ['districtId'] },
        sk: { field: 'gsi2sk', composite: ['day', 'rank', 'cleaningId'] },
      },
    },
  },
  { client: documentClient, table: tableName },
);
