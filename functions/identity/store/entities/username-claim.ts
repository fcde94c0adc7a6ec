import { Entity } from 'electrodb';
import { documentClient, tableName } from '#functions/platform/dynamo';

/**
 * Makes usernames unique without transactions: a user is created only after its claim was written with
 * attribute_not_exists, and the claim says which user holds the name.
 * Access patterns:
 * - who holds username N (get; login's first read)
 * - claim username N for user U (conditional create)
 */
export const usernameClaim = new Entity(
  {
    model: { entity: 'usernameClaim', version: '1', service: 'changan' },
    attributes: {
      username: { type: 'string', required: true },
      userId: { type: 'string', required: true },
      claimedAt: { type: 'string', required: true },
    },
    indexes: {
      byUsername: {
        pk: { field: 'pk', composite: ['username'] },
        sk: { field: 'sk', composite: [] },
      },
    },
  },
  { client: documentClient, table: tableName },
);
