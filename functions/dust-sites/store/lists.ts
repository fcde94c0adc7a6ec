import type { DustSiteListQuery, DustSiteView } from '#functions/dust-sites/schemas';
import { dustSite } from '#functions/dust-sites/store/entities/dust-site';
import { type DustSiteItem, siteView } from '#functions/dust-sites/store/site-items';
import { districtIds } from '#functions/platform/districts';
import { fixedPage, type Page, type PageRequest, type Partition, readPages } from '#functions/platform/pager';
import type { Principal } from '#functions/platform/principal';
import { listScope, type Scoped, scopedFilter } from '#functions/platform/scope';
import { mainTable } from '#functions/platform/tables';

export type DustSiteFilter = Omit<DustSiteListQuery, 'limit' | 'cursor'>;
type Query = ReturnType<typeof dustSite.query.byEnterprise>;

/** The filter expressions left once the key condition is chosen (the enterprise's, a town's or a district's). */
function filtersOf(filter: Scoped<DustSiteFilter>) {
  return (query: Query) =>
    query.where((a, op) =>
      [
        filter.q ? op.contains(a.name, filter.q) : '',
        filter.gridId ? op.eq(a.gridId, filter.gridId) : '',
        filter.townId && filter.enterpriseId ? op.eq(a.townId, filter.townId) : '',
        filter.districtId && (filter.enterpriseId || filter.townId)
          ? op.eq(a.districtId, filter.districtId)
          : '',
      ]
        .filter(Boolean)
        .join(' AND '),
    );
}

/** The partitions a list reads, most specific index first: the enterprise's, a town's, else each district's. */
function partitionsOf(filter: Scoped<DustSiteFilter>): Partition<DustSiteItem>[] {
  const status = filter.status ?? 'active';
  const queries: Query[] = filter.enterpriseId
    ? [dustSite.query.byEnterprise({ enterpriseId: filter.enterpriseId, status })]
    : filter.townId
      ? [dustSite.query.byTown({ townId: filter.townId, status }) as unknown as Query]
      : (filter.districtId ? [filter.districtId] : [...districtIds]).map(
          (districtId) => dustSite.query.byDistrict({ districtId, status }) as unknown as Query,
        );
  const filtered = filtersOf(filter);
  return queries.map((query) => ({ table: mainTable, query: filtered(query) as never }));
}

const needsFilter = (filter: Scoped<DustSiteFilter>) =>
  !!(
    filter.q ||
    filter.gridId ||
    (filter.enterpriseId && (filter.townId || filter.districtId)) ||
    (filter.townId && filter.districtId)
  );

/** One page of the sites (phones masked, as every list) `principal` may see that match `filter` (scope pinned by `scopedFilter`). */
export async function listSites(
  principal: Principal,
  filter: DustSiteFilter,
  request: PageRequest,
): Promise<Page<DustSiteView>> {
  const scoped = scopedFilter(listScope(principal), filter, [
    'districtId',
    'townId',
    'gridId',
    'enterpriseId',
  ]);
  if (!scoped) return fixedPage(request);
  const partitions = partitionsOf(scoped);
  const { data, nextCursor } = await readPages(
    partitions,
    { ...request, filtered: needsFilter(scoped), order: 'asc', prefetch: partitions.length > 4 },
    (item) => item,
  );
  return { data: data.map((item) => siteView(item)), nextCursor };
}
