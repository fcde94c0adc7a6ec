import { creditCodeProblem } from '#functions/enterprises/domain/credit-code';
import type { Enterprise, EnterpriseFilter } from '#functions/enterprises/schemas/enterprises';
import type { Scoped } from '#functions/platform/scope';
import { searchKey } from '#functions/platform/text-index/tokens';

/** A list filter once the caller's scope is applied (`scopedFilter`): its district pinned as a plain string. */
export type ScopedEnterpriseFilter = Scoped<EnterpriseFilter>;

/** `gridId=none` in a filter: the enterprises outside the grid (网格外). */
export const OUTSIDE_GRID_FILTER = 'none';

/**
 * Characters of most enterprise names (legal forms, common trades, the city's places): a name search reads
 * under a pair with as few of them as it has (`tokenQuery`).
 */
export const COMMON_NAME_CHARACTERS =
  '有限责任公司股份集团分厂科技实业贸易工商机械制造电子材料化工金属塑料包装建设备程技术服务发展新型常州市江苏省区县镇街道溧阳金坛武进新北天宁钟楼经开';

/** The whole credit code a search names (pasted with blanks or in lower case), or null when it is not one. */
export function searchedCreditCode(q: string): string | null {
  const code = searchKey(q).toUpperCase();
  return creditCodeProblem(code) === null ? code : null;
}

/** The name search `q` (名称包含): the name contains it, blanks and letter case aside; or it is the whole credit code. */
export function matchesNameSearch(enterprise: Pick<Enterprise, 'name' | 'creditCode'>, q: string): boolean {
  return searchKey(enterprise.name).includes(searchKey(q)) || enterprise.creditCode === searchedCreditCode(q);
}

/**
 * Whether an enterprise passes a list filter; the store applies the same rules as DynamoDB filter expressions
 * or through the name index, this is the in-memory form (an enterprise user's own enterprise, a search's check
 * of each record the index names).
 */
export function matchesEnterpriseFilter(enterprise: Enterprise, filter: ScopedEnterpriseFilter): boolean {
  if (filter.districtId && enterprise.districtId !== filter.districtId) return false;
  if (filter.townId && enterprise.townId !== filter.townId) return false;
  if (
    filter.gridId === OUTSIDE_GRID_FILTER
      ? enterprise.gridId !== null
      : filter.gridId && enterprise.gridId !== filter.gridId
  )
    return false;
  if (filter.industry && enterprise.industry !== filter.industry) return false;
  if (filter.status && enterprise.status !== filter.status) return false;
  if (filter.flag && !enterprise.flags.includes(filter.flag)) return false;
  if (filter.q && !matchesNameSearch(enterprise, filter.q)) return false;
  return true;
}
