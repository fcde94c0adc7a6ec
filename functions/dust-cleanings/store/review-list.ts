import * as z from 'zod';
import type { DustReviewItem, DustReviewQuery } from '#functions/dust-cleanings/schemas';
import { cleaningsByIds } from '#functions/dust-cleanings/store/cleanings';
import { reviewItem } from '#functions/dust-cleanings/store/entities/review-item';
import type { ReviewItem } from '#functions/dust-cleanings/store/review-queue';
import { photoViews } from '#functions/photos/index';
import { businessDay, businessDayBounds } from '#functions/platform/clock';
import { districtIds } from '#functions/platform/districts';
import {
  fixedPage,
  InvalidCursorError,
  type Page,
  type PageRequest,
  readPages,
} from '#functions/platform/pager';
import type { Principal } from '#functions/platform/principal';
import { listScope, type Scoped, scopedFilter } from '#functions/platform/scope';
import { mainTable } from '#functions/platform/tables';

export type ReviewFilter = Omit<DustReviewQuery, 'limit' | 'cursor'>;

/** Without a day the queue shows the last 31 days (the spot check queues yesterday's uploads each morning). */
const DEFAULT_DAYS = 31;
const DAY_MS = 24 * 3600 * 1000;

/** `to` and the days before it, newest first, `count` in all. */
function daysBack(to: string, count: number): string[] {
  const last = businessDayBounds(to).first.getTime();
  return Array.from({ length: count }, (_, i) => businessDay(new Date(last - i * DAY_MS)));
}

/** The cursor keeps the day the walk started from, so a next page after midnight walks the same partitions. */
const cursorSchema = z.strictObject({ d: z.iso.date(), c: z.string() });
const encodeCursor = (day: string, cursor: string | null) =>
  cursor && Buffer.from(JSON.stringify({ d: day, c: cursor }), 'utf8').toString('base64url');
function decodeCursor(cursor: string | undefined): { d: string; c: string } | undefined {
  if (!cursor) return undefined;
  try {
    return cursorSchema.parse(JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')));
  } catch {
    throw new InvalidCursorError();
  }
}

/**
 * The index partitions the queue reads, newest day first, each read in key order (rank '0' = suspect first):
 * one town-day (gsi1) per day with a town, else one district-day (gsi2) per district and day. The state and a
 * pinned district are filter expressions (an item's state changes, so it is not in the key).
 */
function partitionsOf(filter: Scoped<ReviewFilter>, today: string) {
  const { districtId, townId, state } = filter;
  const days = filter.day ? [filter.day] : daysBack(today, DEFAULT_DAYS);
  if (townId)
    return days.map((day) =>
      reviewItem.query
        .byTown({ townId, day })
        .where((attributes, op) =>
          [
            op.eq(attributes.state, state),
            ...(districtId ? [op.eq(attributes.districtId, districtId)] : []),
          ].join(' AND '),
        ),
    );
  const districts = districtId ? [districtId] : districtIds;
  return days.flatMap((day) =>
    districts.map((place) =>
      reviewItem.query
        .byDistrict({ districtId: place, day })
        .where((attributes, op) => op.eq(attributes.state, state)),
    ),
  );
}

/** The page's items with their cleanings' names and photo links: one batch read, one photo read. */
async function withCleanings(principal: Principal, items: ReviewItem[]): Promise<DustReviewItem[]> {
  const cleanings = new Map(
    (await cleaningsByIds(items.map((item) => item.cleaningId))).map((c) => [c.cleaningId, c]),
  );
  const photos = new Map(
    (
      await photoViews(
        principal,
        [...cleanings.values()].flatMap((c) => c.photoIds),
      )
    ).map((photo) => [photo.photoId, { photoId: photo.photoId, url: photo.url }]),
  );
  return items.map((item) => {
    const cleaning = cleanings.get(item.cleaningId);
    return {
      cleaningId: item.cleaningId,
      siteId: item.siteId,
      siteName: cleaning?.siteName ?? '',
      enterpriseId: item.enterpriseId,
      enterpriseName: cleaning?.enterpriseName ?? '',
      districtId: item.districtId,
      townId: item.townId,
      day: item.day,
      suspect: item.suspect,
      suspectReasons: item.suspectReasons ?? [],
      state: item.state,
      queuedAt: item.queuedAt,
      ...(item.reviewedBy ? { reviewedBy: item.reviewedBy } : {}),
      ...(item.reviewedAt ? { reviewedAt: item.reviewedAt } : {}),
      ...(item.reason ? { reason: item.reason } : {}),
      photos: (cleaning?.photoIds ?? []).flatMap((id) => photos.get(id) ?? []),
    };
  });
}

/**
 * GET /api/dust-reviews: the spot-check queue in the caller's scope (a town officer's town, a district admin's
 * district, optionally one town; the city, optionally a district or town), newest day first, suspect first
 * within a day, only items in `state` (default queued).
 */
export async function listReviews(
  principal: Principal,
  filter: ReviewFilter,
  request: PageRequest,
  now: Date,
): Promise<Page<DustReviewItem>> {
  const scoped = scopedFilter(listScope(principal), filter, ['districtId', 'townId']);
  if (!scoped) return fixedPage(request);
  const position = decodeCursor(request.cursor);
  const today = position?.d ?? businessDay(now);
  const partitions = partitionsOf(scoped, today);
  const { data, nextCursor } = await readPages(
    partitions.map((query) => ({ table: mainTable, query })),
    {
      limit: request.limit,
      cursor: position?.c,
      filtered: true,
      order: 'asc',
      prefetch: partitions.length > 1,
    },
    (item: ReviewItem) => item,
  );
  return { data: await withCleanings(principal, data), nextCursor: encodeCursor(today, nextCursor) };
}
