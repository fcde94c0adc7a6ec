import { CITY_ISSUER } from '#functions/agency-notices/domain/notice-rules';
import type { NoticeListQuery, NoticeView } from '#functions/agency-notices/schemas';
import { type AgencyNoticeItem, agencyNotice } from '#functions/agency-notices/store/entities/agency-notice';
import { noticeView } from '#functions/agency-notices/store/views';
import { districtIds } from '#functions/platform/districts';
import { fixedPage, type Page, type PageRequest, type Partition, readPages } from '#functions/platform/pager';
import type { Principal } from '#functions/platform/principal';
import { mainTable } from '#functions/platform/tables';

export type NoticeFilter = Omit<NoticeListQuery, 'limit' | 'cursor'>;
type Query = ReturnType<typeof agencyNotice.query.byIssuer>;

const issuerPartition = (issuerId: string, status?: string): Partition<AgencyNoticeItem> => {
  const query = agencyNotice.query.byIssuer({ issuerId });
  const filtered = status ? query.where((a, op) => `${op.eq(a.status as never, status as never)}`) : query;
  return { table: mainTable, query: filtered as never };
};

/** The partitions a caller's list reads (newest first in each): an issuer's, or the published ones. */
function partitionsOf(principal: Principal, filter: NoticeFilter): Partition<AgencyNoticeItem>[] | null {
  if (principal.role === 'agencyUser') {
    if (filter.status === 'draft' || !principal.agencyId) return null;
    const { agencyId } = principal;
    const query = agencyNotice.query
      .byStatus({ status: 'published' })
      .where((a, op) =>
        [
          op.contains(a.agencyIds, agencyId),
          filter.districtId ? op.eq(a.issuerId as never, filter.districtId as never) : '',
        ]
          .filter(Boolean)
          .join(' AND '),
      );
    return [{ table: mainTable, query: query as unknown as Query as never }];
  }
  if (principal.role === 'districtAdmin') {
    if (!principal.districtId || (filter.districtId && filter.districtId !== principal.districtId))
      return null;
    return [issuerPartition(principal.districtId, filter.status)];
  }
  if (filter.districtId) return [issuerPartition(filter.districtId, filter.status)];
  if (filter.status)
    return [{ table: mainTable, query: agencyNotice.query.byStatus({ status: filter.status }) as never }];
  return [CITY_ISSUER, ...districtIds].map((issuerId) => issuerPartition(issuerId));
}

/** One page of the notices `principal` may read that match `filter`, newest first. */
export async function listNotices(
  principal: Principal,
  filter: NoticeFilter,
  request: PageRequest,
): Promise<Page<NoticeView>> {
  const partitions = partitionsOf(principal, filter);
  if (!partitions) return fixedPage(request);
  const filtered = principal.role === 'agencyUser' || !!filter.status;
  return readPages(
    partitions,
    { ...request, filtered, order: 'desc', prefetch: partitions.length > 4 },
    (item) => noticeView(item),
  );
}

/** The published notices with publishedAt in [fromIso, toIso] (one gsi2 range Query, all pages). */
export async function publishedNoticeItemsBetween(
  fromIso: string,
  toIso: string,
): Promise<AgencyNoticeItem[]> {
  const { data } = await agencyNotice.query
    .byStatus({ status: 'published' })
    .between({ stampedAt: fromIso }, { stampedAt: `${toIso}\uffff` })
    .go({ pages: 'all' });
  return data;
}
