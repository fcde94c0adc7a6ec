import {
  COMMON_NAME_CHARACTERS,
  matchesEnterpriseFilter,
  OUTSIDE_GRID_FILTER,
  type ScopedEnterpriseFilter,
  searchedCreditCode,
} from '#functions/enterprises/domain/filter';
import type { Enterprise } from '#functions/enterprises/schemas/enterprises';
import { placementOf } from '#functions/enterprises/store/access';
import { enterprisesById } from '#functions/enterprises/store/batches';
import { creditCodeHolder } from '#functions/enterprises/store/credit-code-claims';
import { gridKeyOf } from '#functions/enterprises/store/entities/enterprise';
import {
  type EnterpriseNameTokenItem,
  enterpriseNameToken,
} from '#functions/enterprises/store/entities/enterprise-name-token';
import { ENTERPRISE_INDEX, isCurrentToken } from '#functions/enterprises/store/name-index';
import { toEnterprise } from '#functions/enterprises/store/records';
import { nameTokenWhere } from '#functions/enterprises/store/where';
import { districtIds } from '#functions/platform/districts';
import { fixedPage, type ListRequest, type Page } from '#functions/platform/pager';
import type { Principal } from '#functions/platform/principal';
import { inScope } from '#functions/platform/scope';
import { mainTable } from '#functions/platform/tables';
import { searchPage, type TokenIndex } from '#functions/platform/text-index/search';
import { tokenQuery } from '#functions/platform/text-index/tokens';

/**
 * The name index inside a placed, scoped filter (`placedFilter`): a district's token partition, narrowed by
 * sort-key prefix to a town and a grid (or the town's outside-the-grid part); the city walks its 7 districts.
 */
function enterpriseTokenIndex(
  principal: Principal,
  filter: ScopedEnterpriseFilter,
): TokenIndex<EnterpriseNameTokenItem, Enterprise> {
  const { districtId, townId, gridId } = filter;
  const outside = gridId === OUTSIDE_GRID_FILTER;
  const within = (district: string) => {
    if (!townId) return {};
    if (!gridId) return { townId };
    return { townId, gridKey: gridKeyOf(outside ? null : gridId, district) };
  };
  const tokenFilter = { ...filter, outsideGrid: outside && !townId };
  return {
    kind: ENTERPRISE_INDEX,
    table: mainTable,
    parts: districtId ? [districtId] : districtIds,
    queryOf: (district, token, match) => {
      const query = enterpriseNameToken.query.byToken({ districtId: district, token, ...within(district) });
      const where = match && nameTokenWhere(tokenFilter, match.key);
      return where ? query.where(where) : query;
    },
    filtered: nameTokenWhere(tokenFilter, null) !== null,
    recordsOf: async (tokens) => {
      const records = await enterprisesById(tokens.map((token) => token.enterpriseId));
      return tokens.flatMap((token) => {
        const item = records.get(token.enterpriseId);
        const record = item && toEnterprise(item);
        const fits =
          record &&
          isCurrentToken(token, record) &&
          inScope(principal, placementOf(record)) &&
          matchesEnterpriseFilter(record, filter);
        return fits ? [record] : [];
      });
    },
  };
}

/** A search for a whole credit code: the code's claim names the one enterprise that may have it. */
async function byCreditCode(
  principal: Principal,
  filter: ScopedEnterpriseFilter,
  code: string,
  request: ListRequest,
): Promise<Page<Enterprise>> {
  const holder = request.cursor ? undefined : await creditCodeHolder(code);
  const record = holder && toEnterprise(holder);
  const fits = record && inScope(principal, placementOf(record)) && matchesEnterpriseFilter(record, filter);
  return fixedPage(request, fits ? [record] : []);
}

/**
 * One page of the enterprises whose name contains `filter.q` (or whose credit code it is), among those the
 * placed filter and the caller's scope allow, through the name index: never a walk of the partitions' records.
 */
export async function searchEnterprises(
  principal: Principal,
  filter: ScopedEnterpriseFilter & { q: string },
  request: ListRequest,
): Promise<Page<Enterprise>> {
  const code = searchedCreditCode(filter.q);
  if (code) return byCreditCode(principal, filter, code, request);
  const query = tokenQuery(filter.q, COMMON_NAME_CHARACTERS);
  if (!query) return fixedPage(request);
  return searchPage(query, enterpriseTokenIndex(principal, filter), request);
}
