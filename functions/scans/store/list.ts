import * as z from 'zod';
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
import type { Scan, ScanListQuery } from '#functions/scans/schemas';
import { scan } from '#functions/scans/store/entities/scan';
import { findScan, scanView } from '#functions/scans/store/record';

export type ScanFilter = Omit<ScanListQuery, 'limit' | 'cursor'>;
type Where = Parameters<ReturnType<typeof scan.query.byEnterprise>['where']>[0];

/** Without a date range, the supervisors' lists show the last 90 days (the cycle of a blue point). */
const DEFAULT_DAYS = 90;
/** Day partitions one list may walk: a year. */
const MAX_DAYS = 366;
const DAY_MS = 24 * 3600 * 1000;

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

/** What the chosen index leaves of the filter: equality on these attributes, as one filter expression. */
function whereOf(
  residual: Partial<Record<'enterpriseId' | 'districtId' | 'townId' | 'gridId', string>> & {
    late?: boolean | undefined;
    principal?: boolean | undefined;
  },
): Where | undefined {
  const pairs = Object.entries(residual).filter(([, value]) => value !== undefined);
  if (pairs.length === 0) return undefined;
  return (attributes, op) =>
    pairs.map(([name, value]) => op.eq(attributes[name as 'townId'], value as string)).join(' AND ');
}

/**
 * The list's cursor: the pager's, with the day the walk started from, so that a next page asked for after
 * midnight goes on over the same day partitions instead of shifted ones.
 */
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

function partitionsOf(filter: Scoped<ScanFilter>, today: string) {
  const { enterpriseId, riskPointId, districtId, townId, gridId, late, principal } = filter;
  const range = {
    from: filter.from ? businessDayBounds(filter.from).first.toISOString() : '0',
    to: filter.to ? businessDayBounds(filter.to).last.toISOString() : '9',
  };
  const [start, end] = [{ scannedAt: range.from }, { scannedAt: range.to }];
  if (riskPointId) {
    const where = whereOf({ enterpriseId, districtId, townId, gridId, late, principal });
    const query = scan.query.byRiskPoint({ riskPointId }).between(start, end);
    return { partitions: [where ? query.where(where) : query], filtered: !!where };
  }
  if (enterpriseId) {
    const where = whereOf({ districtId, townId, gridId, late, principal });
    const query = scan.query.byEnterprise({ enterpriseId }).between(start, end);
    return { partitions: [where ? query.where(where) : query], filtered: !!where };
  }
  const to = filter.to ?? today;
  const from =
    filter.from ?? businessDay(new Date(businessDayBounds(to).first.getTime() - (DEFAULT_DAYS - 1) * DAY_MS));
  const where = whereOf({ townId, gridId, late, principal });
  const districts = districtId ? [districtId] : districtIds;
  const partitions = daysBack(from, to).flatMap((day) =>
    districts.map((place) => {
      const query = scan.query.byDistrictDay({ districtId: place, day }).between(start, end);
      return where ? query.where(where) : query;
    }),
  );
  return { partitions, filtered: !!where };
}

/**
 * The scans `principal` may see that pass `filter`, newest first: a risk point's or an enterprise's on their own
 * indexes, otherwise a walk over the district-day partitions of the date range (the city's: the seven districts
 * of each day in turn). Late, principal, town and grid are filter expressions on the chosen index.
 */
export async function listScans(
  principal: Principal,
  filter: ScanFilter,
  request: PageRequest,
  now: Date,
): Promise<Page<Scan>> {
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
    scanView,
  );
  return { data, nextCursor: encodeCursor(today, nextCursor) };
}

/** One scan; out of the caller's scope = 404. */
export async function getScan(principal: Principal, scanId: string): Promise<Scan> {
  const item = await findScan(scanId);
  if (!item || !inScope(principal, item)) throw new NotFoundError('扫码记录不存在或无权查看');
  return scanView(item);
}
