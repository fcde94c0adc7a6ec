import { districtIds } from '#functions/platform/districts';
import { fixedPage, type Page, type PageRequest, type Partition, readPages } from '#functions/platform/pager';
import type { Principal } from '#functions/platform/principal';
import { listScope, type Scoped, scopedFilter } from '#functions/platform/scope';
import { mainTable } from '#functions/platform/tables';
import { riskLevels } from '#functions/risk-points/domain/types';
import type { RiskPoint, RiskPointListQuery } from '#functions/risk-points/schemas';
import { riskPoint } from '#functions/risk-points/store/entities/risk-point';
import { pointView, type RiskPointItem } from '#functions/risk-points/store/point-items';

export type RiskPointFilter = Omit<RiskPointListQuery, 'limit' | 'cursor'>;

type Query = ReturnType<typeof riskPoint.query.byEnterprise>;
type Keyed = Pick<Query, 'lt' | 'gte'>;

/**
 * The partitions a filtered list reads, most specific index first: the enterprise's (gsi1), else a town's
 * levels (gsi2), else each district's levels (gsi3). Several levels are several partitions read in level order
 * (重大 first), each by `nextDueAt`, most urgent first. Overdue is a sort-key condition against `at`.
 */
function partitionsOf(filter: Scoped<RiskPointFilter>, at: Date) {
  const status = filter.status ?? 'active';
  const levels = filter.level ? [filter.level] : riskLevels;
  const bounded = (query: Keyed) => {
    if (filter.overdue === undefined) return query as unknown as Query;
    const nowKey = { nextDueAt: at.toISOString() };
    return (filter.overdue ? query.lt(nowKey) : query.gte(nowKey)) as unknown as Query;
  };
  const filtered = (query: Query) =>
    query.where((a, op) =>
      [
        filter.level && filter.enterpriseId ? op.eq(a.level, filter.level) : '',
        filter.classId ? op.eq(a.classId, filter.classId) : '',
        filter.gridId ? op.eq(a.gridId, filter.gridId) : '',
        filter.townId && filter.enterpriseId ? op.eq(a.townId, filter.townId) : '',
        filter.districtId && (filter.enterpriseId || filter.townId)
          ? op.eq(a.districtId, filter.districtId)
          : '',
      ]
        .filter(Boolean)
        .join(' AND '),
    );
  const queries = filter.enterpriseId
    ? [bounded(riskPoint.query.byEnterprise({ enterpriseId: filter.enterpriseId, status }))]
    : filter.townId
      ? levels.map((level) =>
          bounded(
            riskPoint.query.byTown({ townId: filter.townId as string, status, level }) as unknown as Keyed,
          ),
        )
      : (filter.districtId ? [filter.districtId] : [...districtIds]).flatMap((districtId) =>
          levels.map((level) =>
            bounded(riskPoint.query.byDistrict({ districtId, status, level }) as unknown as Keyed),
          ),
        );
  return queries.map(
    (query): Partition<RiskPointItem> => ({ table: mainTable, query: filtered(query) as never }),
  );
}

/** Whether any filter expression applies (the pager then reads ahead). */
const needsFilter = (filter: Scoped<RiskPointFilter>) =>
  !!(
    filter.classId ||
    filter.gridId ||
    (filter.enterpriseId && (filter.level || filter.townId || filter.districtId)) ||
    (filter.townId && filter.districtId)
  );

/** One page of the points `principal` may see that match `filter` (scope pinned by `scopedFilter`). */
export async function listPointItems(
  principal: Principal,
  filter: RiskPointFilter,
  request: PageRequest,
  at: Date,
): Promise<Page<RiskPointItem>> {
  const scoped = scopedFilter(listScope(principal), filter, [
    'districtId',
    'townId',
    'gridId',
    'enterpriseId',
  ]);
  if (!scoped || (scoped.overdue && scoped.status === 'retired')) return fixedPage(request);
  const partitions = partitionsOf(scoped, at);
  return readPages(
    partitions,
    { ...request, filtered: needsFilter(scoped), order: 'asc', prefetch: partitions.length > 4 },
    (item) => item,
  );
}

export async function listPoints(
  principal: Principal,
  filter: RiskPointFilter,
  request: PageRequest,
  at: Date,
): Promise<Page<RiskPoint>> {
  const { data, nextCursor } = await listPointItems(principal, filter, request, at);
  return { data: data.map((item) => pointView(item, at)), nextCursor };
}
