import { OUTSIDE_GRID_FILTER, type ScopedEnterpriseFilter } from '#functions/enterprises/domain/filter';
import type { enterprise } from '#functions/enterprises/store/entities/enterprise';

type WhereCallback = Parameters<ReturnType<typeof enterprise.query.byDistrict>['where']>[0];

/**
 * The part of a list filter that the chosen index does not answer, as a DynamoDB filter expression (the same
 * rules as `matchesEnterpriseFilter`). Null when the index answers all of it.
 */
export function enterpriseWhere(residual: ScopedEnterpriseFilter): WhereCallback | null {
  const { districtId, townId, gridId, industry, status, flag, q } = residual;
  if (!districtId && !townId && !gridId && !industry && !status && !flag && !q) return null;
  return (a, op) => {
    const terms: string[] = [];
    if (districtId) terms.push(op.eq(a.districtId, districtId));
    if (townId) terms.push(op.eq(a.townId, townId));
    if (gridId) terms.push(gridId === OUTSIDE_GRID_FILTER ? op.notExists(a.gridId) : op.eq(a.gridId, gridId));
    if (industry) terms.push(op.eq(a.industry, industry));
    if (status) terms.push(op.eq(a.status, status));
    if (flag) terms.push(op.contains(a.flags, flag));
    if (q) terms.push(`(${op.contains(a.name, q)} OR ${op.begins(a.creditCode, q.toUpperCase())})`);
    return terms.join(' AND ');
  };
}
