import { Entity } from 'electrodb';
import { documentClient, tableName } from '#functions/platform/dynamo';

/**
 * A code token's claim: makes tokens unique (created with attribute_not_exists) and finds the point of a scanned
 * code in one read. The token is case-sensitive base64url, so its key keeps its case. A re-issued point no longer
 * carries the old token, which is what makes the old code stop working even before its claim is deleted.
 */
export const riskPointCode = new Entity(
  {
    model: { entity: 'riskPointCode', version: '1', service: 'changan' },
    attributes: {
      token: { type: 'string', required: true },
      riskPointId: { type: 'string', required: true },
      issuedAt: { type: 'string', required: true },
    },
    indexes: {
      byToken: {
        pk: { field: 'pk', composite: ['token'], casing: 'none' },
        sk: { field: 'sk', composite: [] },
      },
    },
  },
  { client: documentClient, table: tableName },
);
