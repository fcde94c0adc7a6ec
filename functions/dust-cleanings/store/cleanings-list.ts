import * as z from 'zod';
import type { DustCleaning, DustCleaningListQuery } from '#functions/dust-cleanings/schemas';
import { cleaningView, findCleaning } from '#functions/dust-cleanings/store/cleanings';
import { dustCleaning } from '#functions/dust-cleanings/store/entities/cleaning';
import { photoViews } from '#functions/photos/index';
import { businessDay, businessDayBounds } from '#functions/platform/clock';
import { districtIds } from '#functions/platform/districts';
import { NotFoundError, ValidationError } from '#functions/platform/errors';
import {
  fixedPage,
  InvalidCursorError,
  type Page,
  type PageRequest,
  readPages,
} from '#functions/platform/pager';
import type { Principal } from '#functions/platform/principal';
import { inScope, listScope, type Scoped, scopedFilter } from '#functions/platform/scope';
import { mainTable } from '#functions/platform/tables';

export type CleaningFilter = Omit<DustCleaningListQuery, 'limit' | 'cursor'>;
type Where = Parameters<ReturnType<typeof dustCleaning.query.byEnterprise>['where']>[0];

/** Without a date range the list shows the last 31 days; one list walks at most a year of day partitions. */
const DEFAULT_DAYS = 31;
const MAX_DAYS = 366;
const DAY_MS = 24 * 3600 * 1000;
const dayAfter = (day: string) => businessDay(new Date(businessDayBounds(day).first.getTime() + DAY_MS));

/** The Asia/Shanghai days from `to` back to `from`, newest first. */
function daysBack(from: string, to: string): string[] {
  const days: string[] = [];
  for (let at = businessDayBounds(to).first.getTime(); ; at -= DAY_MS) {
    const day = businessDay(new Date(at));
    if (day < from) return days;
    days.push(day);
    if (days.length > MAX_DAYS)
      throw new ValidationError([
        { path: 'query.from', message: `日期范围最长 ${MAX_DAYS} 天，请缩小范围`, code: 'too_big' },
      ]);
  }
}

type Residual = Partial<Record<'districtId' | 'townId' | 'gridId' | 'siteId' | 'review', string>> & {
  suspect?: boolean | undefined;
};

/** What the chosen index leaves of the filter: equality on these attributes, as one filter expression. */
function whereOf(residual: Residual): Where | undefined {
  const pairs = Object.entries(residual).filter(([, value]) => value !== undefined);
  if (pairs.length === 0) return undefined;
  return (attributes, op) =>
    pairs.map(([name, value]) => op.eq(attributes[name as 'townId'], value as string)).join(' AND ');
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

function partitionsOf(filter: Scoped<CleaningFilter>, today: string) {
  const { enterpriseId, districtId, townId, gridId, siteId, review, suspect } = filter;
  const to = filter.to ?? today;
  const from =
    filter.from ?? businessDay(new Date(businessDayBounds(to).first.getTime() - (DEFAULT_DAYS - 1) * DAY_MS));
  if (enterpriseId) {
    const where = whereOf({ districtId, townId, gridId, siteId, review, suspect });
    const query = dustCleaning.query
      .byEnterprise({ enterpriseId })
      .between({ day: from }, { day: dayAfter(to) });
    return { partitions: [where ? query.where(where) : query], filtered: !!where };
  }
  const days = daysBack(from, to);
  if (townId) {
    const where = whereOf({ districtId, gridId, siteId, review, suspect });
    const partitions = days.map((day) => {
      const query = dustCleaning.query.byTownDay({ townId, day });
      return where ? query.where(where) : query;
    });
    return { partitions, filtered: !!where };
  }
  const where = whereOf({ gridId, siteId, review, suspect });
  const districts = districtId ? [districtId] : districtIds;
  const partitions = days.flatMap((day) =>
    districts.map((place) => {
      const query = dustCleaning.query.byDistrictDay({ districtId: place, day });
      return where ? query.where(where) : query;
    }),
  );
  return { partitions, filtered: !!where };
}

/**
 * The cleanings `principal` may see that pass `filter`, newest first: an enterprise's on its own index; a
 * town's over its town-day partitions; otherwise the district-day partitions (the city: 7 districts a day).
 */
export async function listCleanings(
  principal: Principal,
  filter: CleaningFilter,
  request: PageRequest,
  now: Date,
): Promise<Page<DustCleaning>> {
  const scoped = scopedFilter(listScope(principal), filter, [
    'districtId',
    'townId',
    'gridId',
    'enterpriseId',
  ]);
  if (!scoped) return fixedPage(request);
  const position = decodeCursor(request.cursor);
  const today = position?.d ?? businessDay(now);
  const { partitions, filtered } = partitionsOf(scoped, today);
  const { data, nextCursor } = await readPages(
    partitions.map((query) => ({ table: mainTable, query })),
    { limit: request.limit, cursor: position?.c, filtered, order: 'desc', prefetch: partitions.length > 1 },
    cleaningView,
  );
  return { data, nextCursor: encodeCursor(today, nextCursor) };
}

/** One cleaning with its photos' links; out of the caller's scope = 404. */
export async function showCleaning(principal: Principal, cleaningId: string): Promise<DustCleaning> {
  const item = await findCleaning(cleaningId);
  if (!item || !inScope(principal, item)) throw new NotFoundError('清扫记录不存在或无权查看');
  return { ...cleaningView(item), photos: await photoViews(principal, item.photoIds) };
}
