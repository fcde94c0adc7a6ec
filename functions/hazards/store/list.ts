import type { Hazard, HazardFilter } from '#functions/hazards/schemas';
import { hazard } from '#functions/hazards/store/entities/hazard';
import { placementOf, toHazard } from '#functions/hazards/store/records';
import { townPlace } from '#functions/org/index';
import { districtIds } from '#functions/platform/districts';
import { fixedPage, type Page, type PageRequest, readPages } from '#functions/platform/pager';
import type { Principal } from '#functions/platform/principal';
import { inScope, listScope, type Scoped, scopedFilter } from '#functions/platform/scope';
import { mainTable } from '#functions/platform/tables';

type Placed = Scoped<HazardFilter>;
type Partition =
  | { index: 'byEnterprise'; key: { enterpriseId: string } }
  | { index: 'byTown'; key: { townId: string } }
  | { index: 'byDistrict'; key: { districtId: string } };

/** Before this instant every deadline lies (ISO strings compare as times). */
const EARLIEST = '0000';

/**
 * The most selective place index the filter allows and the placement fields it leaves to a filter expression:
 * an enterprise's partition answers nothing else (an enterprise's hazards keep the place they were found in);
 * a town's answers its district once the town is known to lie in it; the city is its 7 districts.
 */
async function partitionsFor(
  filter: Placed,
): Promise<{ partitions: Partition[]; residual: string[] } | null> {
  const { districtId, townId, enterpriseId } = filter;
  if (enterpriseId)
    return {
      partitions: [{ index: 'byEnterprise', key: { enterpriseId } }],
      residual: ['districtId', 'townId', 'gridId'],
    };
  if (townId) {
    const town = await townPlace(townId);
    if (!town || (districtId !== undefined && districtId !== town.districtId)) return null;
    return { partitions: [{ index: 'byTown', key: { townId } }], residual: ['gridId'] };
  }
  const districts = districtId ? [districtId] : districtIds;
  return {
    partitions: districts.map((id) => ({ index: 'byDistrict', key: { districtId: id } })),
    residual: ['gridId'],
  };
}

/** One partition's query: status as a key prefix, past deadline as a key range, the rest as a filter. */
function queryOf(partition: Partition, filter: Placed, residual: string[], now: Date) {
  const status = filter.pastDeadline ? 'OPEN' : filter.status;
  const keyed = { ...partition.key, ...(status ? { status } : {}) };
  const base =
    partition.index === 'byEnterprise'
      ? hazard.query.byEnterprise(keyed as { enterpriseId: string })
      : partition.index === 'byTown'
        ? hazard.query.byTown(keyed as { townId: string })
        : hazard.query.byDistrict(keyed as { districtId: string });
  const ranged = filter.pastDeadline
    ? base.between({ status: 'OPEN', deadline: EARLIEST }, { status: 'OPEN', deadline: now.toISOString() })
    : base;
  const kept = (field: string) =>
    residual.includes(field) ? (filter as Record<string, string>)[field] : undefined;
  const conditions = {
    level: filter.level,
    source: filter.source,
    districtId: kept('districtId'),
    townId: kept('townId'),
    gridId: kept('gridId'),
  };
  if (!Object.values(conditions).some(Boolean)) return { query: ranged, filtered: false };
  const query = ranged.where((a, op) =>
    (Object.keys(conditions) as (keyof typeof conditions)[])
      .flatMap((field) => (conditions[field] ? [op.eq(a[field] as never, conditions[field] as never)] : []))
      .join(' AND '),
  );
  return { query, filtered: true };
}

/**
 * One page of the hazards `principal` may see that pass `filter`, read on the indexes built for them (no scan):
 * rectified first (waiting for review), then open, then closed; the latest deadline first within each.
 */
export async function listHazards(
  principal: Principal,
  filter: HazardFilter,
  request: PageRequest,
  now: Date,
): Promise<Page<Hazard>> {
  const placed = scopedFilter(listScope(principal), filter, [
    'districtId',
    'townId',
    'gridId',
    'enterpriseId',
  ]);
  if (!placed || (filter.pastDeadline && filter.status && filter.status !== 'OPEN'))
    return fixedPage(request);
  const plan = await partitionsFor(placed);
  if (!plan) return fixedPage(request);
  const queries = plan.partitions.map((partition) => queryOf(partition, placed, plan.residual, now));
  const page = await readPages(
    queries.map(({ query }) => ({ table: mainTable, query })),
    { ...request, filtered: queries.some((q) => q.filtered), order: 'desc' },
    (item) => item,
  );
  const data = page.data
    .filter((item) => inScope(principal, placementOf(item)))
    .map((item) => toHazard(item, now));
  return { data, nextCursor: page.nextCursor };
}
