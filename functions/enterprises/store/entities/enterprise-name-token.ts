import { Entity } from 'electrodb';
import { enterpriseStatuses, industries } from '#functions/enterprises/domain/kinds';
import { documentClient, tableName } from '#functions/platform/dynamo';

/**
 * One token of an enterprise's name (a character or a pair of adjacent characters, see
 * `platform/text-index/tokens.ts`): the name index, written beside each enterprise (`store/name-index.ts`).
 * Access patterns:
 * - the enterprises of district D whose name has token W (query byToken, table keys), of one town of D
 *   (sort-key prefix town), of one grid (prefix town + grid key); the city is its 7 districts, so no key holds
 *   a token of the whole city and a token of every name (公司) is as hot as one district's writes
 * - the tokens of enterprise E (get by the keys its record gives; the repair job)
 * The token carries what the list filters on besides the place (the name's search key, industry, status, flags),
 * so that every filter of a search is a filter on the token, and the read checks each token against its record.
 */
export const enterpriseNameToken = new Entity(
  {
    model: { entity: 'enterpriseNameToken', version: '1', service: 'changan' },
    attributes: {
      districtId: { type: 'string', required: true },
      token: { type: 'string', required: true },
      townId: { type: 'string', required: true },
      /** The enterprise's `gridKey` (`grid-<id>`, or `outside-<district>` outside the grid). */
      gridKey: { type: 'string', required: true },
      enterpriseId: { type: 'string', required: true },
      /** The whole name as `searchKey` makes it: a longer search filters on it. */
      nameKey: { type: 'string', required: true },
      industry: { type: industries, required: true },
      status: { type: enterpriseStatuses, required: true },
      flags: { type: 'list', items: { type: 'string' }, required: true },
    },
    indexes: {
      byToken: {
        pk: { field: 'pk', composite: ['districtId', 'token'] },
        sk: { field: 'sk', composite: ['townId', 'gridKey', 'enterpriseId'] },
      },
    },
  },
  { client: documentClient, table: tableName },
);

export type EnterpriseNameTokenItem = NonNullable<
  Awaited<ReturnType<ReturnType<typeof enterpriseNameToken.get>['go']>>['data']
>;
