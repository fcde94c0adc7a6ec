import type { RateLevel } from '#functions/dust-ladder/domain/rate-tally';
import type { ListScope } from '#functions/platform/scope';

const scopeDepth: Partial<Record<ListScope['kind'], number>> = { all: 0, district: 1, town: 2 };
const levelDepth: Record<RateLevel, number> = { city: 0, district: 1, town: 2, site: 3 };

/** Whether a caller of `scope` may read rows of `level`: its own area's depth and below (above: 404). */
export const rateLevelInScope = (scope: ListScope, level: RateLevel) =>
  levelDepth[level] >= (scopeDepth[scope.kind] ?? 9);

export interface RateArea {
  districtId?: string;
  townId?: string;
}

/**
 * The query's district and town intersected with the caller's, or null when they do not meet (a district admin
 * asking for another district): the answer is then empty, as every list in the app is silently restricted.
 */
export function narrowArea(scope: ListScope, asked: RateArea): RateArea | null {
  const pinned: RateArea =
    scope.kind === 'district'
      ? { districtId: scope.districtId }
      : scope.kind === 'town'
        ? { districtId: scope.districtId, townId: scope.townId }
        : {};
  if (asked.districtId && pinned.districtId && asked.districtId !== pinned.districtId) return null;
  if (asked.townId && pinned.townId && asked.townId !== pinned.townId) return null;
  return { ...asked, ...pinned };
}
