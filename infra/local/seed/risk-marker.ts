import { Entity } from 'electrodb';
import { documentClient, tableName } from '#functions/platform/dynamo';

/**
 * The demo risk data's progress marker (one item): the instant the history ends at and the secret the codes
 * are derived from (so that a resumed run writes the same items), the phases already written, and `complete`.
 * Access pattern: the marker (get, put).
 */
export const demoRiskSeed = new Entity(
  {
    model: { entity: 'demoRiskSeed', version: '1', service: 'changan' },
    attributes: {
      seedVersion: { type: 'string', required: true },
      anchor: { type: 'string', required: true },
      secret: { type: 'string', required: true },
      phasesDone: { type: 'list', items: { type: 'string' }, required: true },
      complete: { type: 'boolean', required: true },
      counts: { type: 'any' },
      updatedAt: { type: 'string', required: true },
    },
    indexes: {
      byVersion: { pk: { field: 'pk', composite: ['seedVersion'] }, sk: { field: 'sk', composite: [] } },
    },
  },
  { client: documentClient, table: tableName },
);

export type DemoRiskSeedItem = NonNullable<
  Awaited<ReturnType<ReturnType<typeof demoRiskSeed.get>['go']>>['data']
>;
