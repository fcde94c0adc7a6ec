import type { Enterprise, EnterpriseFilter } from '#functions/enterprises/schemas/enterprises';
import type { Scoped } from '#functions/platform/scope';

/** A list filter once the caller's scope is applied (`scopedFilter`): its district pinned as a plain string. */
export type ScopedEnterpriseFilter = Scoped<EnterpriseFilter>;

/** `gridId=none` in a filter: the enterprises outside the grid (网格外). */
export const OUTSIDE_GRID_FILTER = 'none';

/**
 * Whether an enterprise passes a list filter; the store applies the same rules as a DynamoDB filter expression,
 * this is the in-memory form for single records (an enterprise user's own enterprise).
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
  if (
    filter.q &&
    !enterprise.name.includes(filter.q) &&
    !enterprise.creditCode.startsWith(filter.q.toUpperCase())
  )
    return false;
  return true;
}
