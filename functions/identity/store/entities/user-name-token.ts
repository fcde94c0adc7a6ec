import { Entity } from 'electrodb';
import { documentClient, tableName } from '#functions/platform/dynamo';
import { roles } from '#functions/platform/manifest-types';

/**
 * One token of an account's name or username (`platform/text-index/tokens.ts`: the name's characters and pairs,
 * the username's pairs): the user search index, written beside each account (`store/user-name-index.ts`).
 * Access patterns:
 * - the accounts of district D (`city` for accounts without one) whose name or username has token W (query
 *   byToken, table keys), of one role (sort-key prefix), of one role in town T (prefix role + town)
 * The token carries the role, town and `disabled` the list filters on and the texts a longer search filters on.
 */
export const userNameToken = new Entity(
  {
    model: { entity: 'userNameToken', version: '1', service: 'changan' },
    attributes: {
      districtKey: { type: 'string', required: true },
      token: { type: 'string', required: true },
      role: { type: roles, required: true },
      /** The account's town, or `-` for roles without one. */
      townKey: { type: 'string', required: true },
      userId: { type: 'string', required: true },
      /** `searchKey(name)` and the username, apart by U+0001 (no search spans both). */
      text: { type: 'string', required: true },
      disabled: { type: 'boolean', required: true },
    },
    indexes: {
      byToken: {
        pk: { field: 'pk', composite: ['districtKey', 'token'] },
        sk: { field: 'sk', composite: ['role', 'townKey', 'userId'] },
      },
    },
  },
  { client: documentClient, table: tableName },
);

export type UserNameTokenItem = NonNullable<
  Awaited<ReturnType<ReturnType<typeof userNameToken.get>['go']>>['data']
>;
