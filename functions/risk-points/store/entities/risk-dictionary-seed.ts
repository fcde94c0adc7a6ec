import { Entity } from 'electrodb';
import { documentClient, tableName } from '#functions/platform/dynamo';

/** Marks that the seeded classes were written once (re-seeding is harmless, but costs 80 conditional puts). */
export const riskDictionarySeed = new Entity(
  {
    model: { entity: 'riskDictionarySeed', version: '1', service: 'changan' },
    attributes: {
      seedVersion: { type: 'string', required: true },
      count: { type: 'number', required: true },
      at: { type: 'string', required: true },
    },
    indexes: {
      byVersion: { pk: { field: 'pk', composite: ['seedVersion'] }, sk: { field: 'sk', composite: [] } },
    },
  },
  { client: documentClient, table: tableName },
);
