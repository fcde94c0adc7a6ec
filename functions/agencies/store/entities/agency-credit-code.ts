import { Entity } from 'electrodb';
import { documentClient, tableName } from '#functions/platform/dynamo';

/**
 * The claim of a 统一社会信用代码 by one agency (as enterprises' credit-code claims): created with
 * attribute_not_exists before the agency is written, so two agencies never hold one code. A claim whose agency
 * no longer carries the code (a crashed write, a code change) is taken over once it is older than the lease.
 */
export const agencyCreditCode = new Entity(
  {
    model: { entity: 'agencyCreditCode', version: '1', service: 'changan' },
    attributes: {
      creditCode: { type: 'string', required: true },
      agencyId: { type: 'string', required: true },
      claimedAt: { type: 'string', required: true },
    },
    indexes: {
      byCode: {
        pk: { field: 'pk', composite: ['creditCode'], casing: 'none' },
        sk: { field: 'sk', composite: [] },
      },
    },
  },
  { client: documentClient, table: tableName },
);
