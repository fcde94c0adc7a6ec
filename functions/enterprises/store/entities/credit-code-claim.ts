import { Entity } from 'electrodb';
import { documentClient, tableName } from '#functions/platform/dynamo';

/**
 * Who holds a 统一社会信用代码: written with a conditional put before the enterprise itself, so that two
 * enterprises can never get the same code (DynamoDB has no unique secondary keys, dynalite no transactions).
 * Access pattern: the holder of code C (get; conditional put / update / delete).
 */
export const creditCodeClaim = new Entity(
  {
    model: { entity: 'creditCodeClaim', version: '1', service: 'changan' },
    attributes: {
      creditCode: { type: 'string', required: true },
      enterpriseId: { type: 'string', required: true },
      claimedAt: { type: 'string', required: true },
    },
    indexes: {
      byCode: { pk: { field: 'pk', composite: ['creditCode'] }, sk: { field: 'sk', composite: [] } },
    },
  },
  { client: documentClient, table: tableName },
);
