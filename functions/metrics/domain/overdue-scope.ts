import type { OverdueLevel } from '#functions/metrics/schemas';
import type { ListScope } from '#functions/platform/scope';

/** How deep in the organization a scope sits; a caller reads its own depth and below. */
const scopeDepth: Record<ListScope['kind'], number> = {
  all: 0,
  district: 1,
  town: 2,
  grid: 3,
  enterprise: 3,
  // an agency account reads no enterprise metrics
  agency: 9,
  none: 9,
};
const levelDepth: Record<OverdueLevel, number> = { city: 0, district: 1, town: 2, enterprise: 3 };

/** Whether a caller of `scope` may read rows of `level`: not above its own area (then 404, see the note). */
export function levelInScope(scope: ListScope, level: OverdueLevel): boolean {
  return levelDepth[level] >= scopeDepth[scope.kind];
}

/** What a request narrows to: a district and a town, each given by the query or pinned by the scope. */
export interface Narrowed {
  districtId?: string;
  townId?: string;
  gridId?: string;
  enterpriseId?: string;
}

/**
 * The query's `districtId` / `townId` intersected with the caller's scope, or null when they do not meet (a
 * district admin asking for another district): the answer is then an empty list, as in every other list.
 */
export function narrow(scope: ListScope, asked: { districtId?: string; townId?: string }): Narrowed | null {
  const pinned: Narrowed =
    scope.kind === 'all' || scope.kind === 'none' || scope.kind === 'enterprise' || scope.kind === 'agency'
      ? {}
      : { districtId: scope.districtId, ...(scope.kind !== 'district' ? { townId: scope.townId } : {}) };
  if (scope.kind === 'grid') pinned.gridId = scope.gridId;
  if (scope.kind === 'enterprise') pinned.enterpriseId = scope.enterpriseId;
  if (asked.districtId && pinned.districtId && asked.districtId !== pinned.districtId) return null;
  if (asked.townId && pinned.townId && asked.townId !== pinned.townId) return null;
  return { ...asked, ...pinned };
}
