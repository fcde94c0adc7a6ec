import { publishedNoticeItemsBetween } from '#functions/agency-notices/store/lists';
import { businessDayBounds } from '#functions/platform/clock';

/** A published notice as the statistics (and other capabilities) see it. */
export interface PublishedNotice {
  noticeId: string;
  title: string;
  /** The issuing district, or `city`. */
  districtId: string;
  publishedAt: string;
  deductionIds: string[];
}

/** The notices published on the Asia/Shanghai days `from`..`to` (YYYY-MM-DD, inclusive), oldest first. */
export async function publishedNoticesBetween(from: string, to: string): Promise<PublishedNotice[]> {
  const items = await publishedNoticeItemsBetween(
    businessDayBounds(from).first.toISOString(),
    businessDayBounds(to).last.toISOString(),
  );
  return items.map((item) => ({
    noticeId: item.noticeId,
    title: item.title,
    districtId: item.issuerId,
    publishedAt: item.publishedAt ?? item.stampedAt,
    deductionIds: item.deductionIds,
  }));
}
