import { Entity } from 'electrodb';
import { documentClient } from '#functions/platform/dynamo';
import { keysTableName } from '#functions/platform/keys/db';

/**
 * The public keys that verify our tokens: one configuration item (`config` / `jwks`) in the `keys` table, which
 * the auth group alone may write (when it starts signing with a key) and every route group reads. Older keys
 * stay listed so that tokens signed before a key change keep working until they expire.
 * Access patterns:
 * - the published key set (get)
 * - publish key K (put conditioned on the version read: optimistic concurrency, no transactions)
 */
export const tokenKeys = new Entity(
  {
    model: { entity: 'tokenKeys', version: '1', service: 'changan' },
    attributes: {
      keys: {
        type: 'list',
        required: true,
        items: {
          type: 'map',
          properties: {
            kty: { type: 'string', required: true },
            kid: { type: 'string', required: true },
            alg: { type: 'string', required: true },
            use: { type: 'string', required: true },
            n: { type: 'string', required: true },
            e: { type: 'string', required: true },
            addedAt: { type: 'string', required: true },
          },
        },
      },
      version: { type: 'number', required: true },
    },
    indexes: {
      config: {
        pk: { field: 'pk', composite: [], template: 'config' },
        sk: { field: 'sk', composite: [], template: 'jwks' },
      },
    },
  },
  { client: documentClient, table: keysTableName },
);
