import { OUTSIDE_GRID_FILTER, type ScopedEnterpriseFilter } from '#functions/enterprises/domain/filter';
import type { enterprise } from '#functions/enterprises/store/entities/enterprise';
import type { enterpriseNameToken } from '#functions/enterprises/store/entities/enterprise-name-token';

type WhereCallback = Parameters<ReturnType<typeof enterprise.query.byDistrict>['where']>[0];
type TokenWhereCallback = Parameters<ReturnType<typeof enterpriseNameToken.query.byToken>['where']>[0];

/**
 * The part of a list filter that the chosen index does not answer, as a DynamoDB filter expression (the same
 * rules as `matchesEnterpriseFilter`). Null when the index answers all of it. A name search (`q`) never gets
 * here: it goes through the name index.
 */
export function enterpriseWhere(residual: ScopedEnterpriseFilter): WhereCallback | null {
  const { districtId, townId, gridId, industry, status, flag } = residual;
  if (!districtId && !townId && !gridId && !industry && !status && !flag) return null;
  return (a, op) => {
    const terms: string[] = [];
    if (districtId) terms.push(op.eq(a.districtId, districtId));
    if (townId) terms.push(op.eq(a.townId, townId));
    if (gridId) terms.push(gridId === OUTSIDE_GRID_FILTER ? op.notExists(a.gridId) : op.eq(a.gridId, gridId));
    if (industry) terms.push(op.eq(a.industry, industry));
    if (status) terms.push(op.eq(a.status, status));
    if (flag) terms.push(op.contains(a.flags, flag));
    return terms.join(' AND ');
  };
}

/**
 * A name search's filters on its tokens: what the token's key range leaves (outside the grid without a town,
 * industry, status, flag) and, for a search longer than its token, the whole text. Null when nothing is left.
 */
export function nameTokenWhere(
  filter: Pick<ScopedEnterpriseFilter, 'industry' | 'status' | 'flag'> & { outsideGrid: boolean },
  text: string | null,
): TokenWhereCallback | null {
  const { industry, status, flag, outsideGrid } = filter;
  if (!industry && !status && !flag && !outsideGrid && !text) return null;
  return (a, op) => {
    const terms: string[] = [];
    if (outsideGrid) terms.push(op.begins(a.gridKey, 'outside-'));
    if (industry) terms.push(op.eq(a.industry, industry));
    if (status) terms.push(op.eq(a.status, status));
    if (flag) terms.push(op.contains(a.flags, flag));
    if (text) terms.push(op.contains(a.nameKey, text));
    return terms.join(' AND ');
  };
}
