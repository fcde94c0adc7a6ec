import { OUTSIDE_GRID_FILTER, type ScopedEnterpriseFilter } from '#functions/enterprises/domain/filter';
import type { EnterpriseFilter } from '#functions/enterprises/schemas/enterprises';
import { gridKeyOf } from '#functions/enterprises/store/entities/enterprise';
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
  | { kind: 'query'; partitions: Partition[]; residual: ScopedEnterpriseFilter }
  | { kind: 'own'; enterpriseId: string; filter: ScopedEnterpriseFilter }
  | { kind: 'empty' };

/** The partitions for a filter: the most selective index the filter allows; the city is its 7 districts. */
function partitionsFor({ districtId, townId, gridId }: ScopedEnterpriseFilter): {
  partitions: Partition[];
  used: string[];
} {
  const byDistrict = (index: 'byDistrict' | 'outside') =>
    (districtId ? [districtId] : districtIds).map(
      (id): Partition =>
        index === 'byDistrict'
          ? { index, key: { districtId: id } }
          : { index: 'byGrid', key: { gridKey: gridKeyOf(null, id) } },
    );
  if (gridId && gridId !== OUTSIDE_GRID_FILTER)
    return { partitions: [{ index: 'byGrid', key: { gridKey: gridKeyOf(gridId, '') } }], used: ['gridId'] };
  if (townId) return { partitions: [{ index: 'byTown', key: { townId } }], used: ['townId'] };
  if (gridId === OUTSIDE_GRID_FILTER)
    return { partitions: byDistrict('outside'), used: ['districtId', 'gridId'] };
  return { partitions: byDistrict('byDistrict'), used: ['districtId'] };
}

/**
 * Plans an enterprise list for `principal`: scope first (DOMAIN.md: lists are silently restricted to the scope),
 * then the index. No plan reads the whole table.
 */
export function planEnterpriseList(principal: Principal, filter: EnterpriseFilter): ListPlan {
  const scoped = scopedFilter(listScope(principal), filter, [
    'districtId',
    'townId',
    'gridId',
    'enterpriseId',
  ]);
  if (!scoped) return { kind: 'empty' };
  const { enterpriseId, ...narrowed } = scoped;
  if (enterpriseId) return { kind: 'own', enterpriseId, filter: narrowed };
  const { partitions, used } = partitionsFor(narrowed);
  const residual = Object.fromEntries(Object.entries(narrowed).filter(([field]) => !used.includes(field)));
  return { kind: 'query', partitions, residual };
}
