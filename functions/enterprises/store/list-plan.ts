import { OUTSIDE_GRID_FILTER, type ScopedEnterpriseFilter } from '#functions/enterprises/domain/filter';
import type { EnterpriseFilter } from '#functions/enterprises/schemas/enterprises';
import { gridKeyOf } from '#functions/enterprises/store/entities/enterprise';
import { gridPlace, townPlace } from '#functions/org/index';
import { districtIds } from '#functions/platform/districts';
import type { Principal } from '#functions/platform/principal';
import { listScope, scopedFilter } from '#functions/platform/scope';

/** One index partition to read: which access pattern and its partition key. */
export type Partition =
  | { index: 'byDistrict'; key: { districtId: string } }
  | { index: 'byTown'; key: { townId: string } }
  | { index: 'byGrid'; key: { gridKey: string } };

/** How a list is read: the partitions in order, and the filter that is left for a filter expression. */
export type ListPlan =
  | {
      kind: 'query';
      partitions: Partition[];
      residual: ScopedEnterpriseFilter;
      placed: ScopedEnterpriseFilter;
    }
  | { kind: 'own'; enterpriseId: string; filter: ScopedEnterpriseFilter }
  | { kind: 'empty' };

const disagree = (asked: string | undefined, actual: string) => asked !== undefined && asked !== actual;

/**
 * The filter with the places it names checked against the organization and what they imply filled in: a grid
 * fixes its town and district, a town its district. Null when they do not meet (a district admin naming another
 * district's town, a grid of another town, a place that does not exist): the list is empty. The enterprises
 * of a town all lie in its district (writes check the placement), so once the town is known to lie in the
 * asked district, its index partition answers the district condition and no filter expression is needed.
 */
export async function placedFilter(filter: ScopedEnterpriseFilter): Promise<ScopedEnterpriseFilter | null> {
  const { districtId, townId, gridId } = filter;
  if (gridId && gridId !== OUTSIDE_GRID_FILTER) {
    const grid = await gridPlace(gridId);
    if (!grid || disagree(townId, grid.townId) || disagree(districtId, grid.districtId)) return null;
    return { ...filter, districtId: grid.districtId, townId: grid.townId };
  }
  if (townId) {
    const town = await townPlace(townId);
    if (!town || disagree(districtId, town.districtId)) return null;
    return { ...filter, districtId: town.districtId };
  }
  return filter;
}

/**
 * The partitions for a placed filter, the most selective index it allows (the city is its 7 districts), and
 * the fields that index answers: a grid's partition answers its grid, town and district; a town's its town and
 * district; a district's outside-the-grid partition its district and `gridId=none`.
 */
function partitionsFor({ districtId, townId, gridId }: ScopedEnterpriseFilter): {
  partitions: Partition[];
  answered: string[];
} {
  const districts = districtId ? [districtId] : districtIds;
  if (gridId && gridId !== OUTSIDE_GRID_FILTER)
    return {
      partitions: [{ index: 'byGrid', key: { gridKey: gridKeyOf(gridId, '') } }],
      answered: ['gridId', 'townId', 'districtId'],
    };
  if (townId)
    return { partitions: [{ index: 'byTown', key: { townId } }], answered: ['townId', 'districtId'] };
  if (gridId === OUTSIDE_GRID_FILTER)
    return {
      partitions: districts.map((id) => ({ index: 'byGrid', key: { gridKey: gridKeyOf(null, id) } })),
      answered: ['districtId', 'gridId'],
    };
  return {
    partitions: districts.map((id) => ({ index: 'byDistrict', key: { districtId: id } })),
    answered: ['districtId'],
  };
}

/** The caller's scope applied to a filter (DOMAIN.md: lists are silently restricted to the scope), places checked. */
export async function scopedEnterpriseFilter(
  principal: Principal,
  filter: EnterpriseFilter,
): Promise<
  { kind: 'own'; enterpriseId: string; filter: ScopedEnterpriseFilter } | ScopedEnterpriseFilter | null
> {
  const scoped = scopedFilter(listScope(principal), filter, [
    'districtId',
    'townId',
    'gridId',
    'enterpriseId',
  ]);
  if (!scoped) return null;
  const { enterpriseId, ...narrowed } = scoped;
  if (enterpriseId) return { kind: 'own', enterpriseId, filter: narrowed };
  return placedFilter(narrowed);
}

/**
 * Plans an enterprise list for `principal`: scope first, then the index; only what the index does not answer
 * is left for a filter expression. No plan reads the whole table.
 */
export async function planEnterpriseList(principal: Principal, filter: EnterpriseFilter): Promise<ListPlan> {
  const placed = await scopedEnterpriseFilter(principal, filter);
  if (!placed) return { kind: 'empty' };
  if ('kind' in placed) return placed;
  const { partitions, answered } = partitionsFor(placed);
  const residual = Object.fromEntries(Object.entries(placed).filter(([field]) => !answered.includes(field)));
  return { kind: 'query', partitions, residual, placed };
}
