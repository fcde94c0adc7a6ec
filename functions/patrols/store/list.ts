import * as z from 'zod';
import type { Patrol, PatrolListQuery } from '#functions/patrols/schemas';
import { patrol, patrolGridEntry } from '#functions/patrols/store/entities/patrol';
import { findPatrol, type PatrolItem, patrolsByIds, patrolView } from '#functions/patrols/store/patrols';
import { photoViews } from '#functions/photos/index';
import { addDays, businessDay } from '#functions/platform/clock';
import { districtIds } from '#functions/platform/districts';
import { NotFoundError } from '#functions/platform/errors';
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

export type PatrolFilter = Omit<PatrolListQuery, 'limit' | 'cursor'>;
type Where = Parameters<ReturnType<typeof patrol.query.byEnterprise>['where']>[0];
type Residual = Partial<Record<'districtId' | 'townId' | 'gridId', string>>;

/** Without a start day the city’s list walks the last 3 months (a quarter); one list walks at most 3 years. */
const DEFAULT_MONTHS = 3;
const MAX_MONTHS = 36;
const EARLIEST = '2000-01-01';

function whereOf(residual: Residual): Where | undefined {
  const pairs = Object.entries(residual).filter(([, value]) => value !== undefined);
  if (pairs.length === 0) return undefined;
  return (attributes, op) =>
    pairs.map(([name, value]) => op.eq(attributes[name as 'townId'], value as string)).join(' AND ');
}

/** The months (first day, last day) from `to`'s back to `from`'s, newest first, clipped to [from, to]. */
function monthsBack(from: string, to: string): [string, string][] {
  const months: [string, string][] = [];
  for (let month = `${to.slice(0, 7)}-01`; month.slice(0, 7) >= from.slice(0, 7); ) {
    const previous = addDays(month, -1);
    const last = addDays(`${addDays(month, 31).slice(0, 7)}-01`, -1);
    months.push([month < from ? from : month, last > to ? to : last]);
    if (months.length > MAX_MONTHS) break;
    month = `${previous.slice(0, 7)}-01`;
  }
  return months;
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

/** The index partitions of the list: enterprise, grid (entries), town, district, else the city's months. */
function partitionsOf(filter: Scoped<PatrolFilter>, today: string) {
  const { enterpriseId, districtId, townId, gridId } = filter;
  const to = filter.to ?? today;
  const upper = addDays(to, 1);
  if (enterpriseId) {
    const where = whereOf({ districtId, townId, gridId });
    const query = patrol.query
      .byEnterprise({ enterpriseId })
      .between({ day: filter.from ?? EARLIEST }, { day: upper });
    return { kind: 'patrols' as const, partitions: [where ? query.where(where) : query], filtered: !!where };
  }
  if (gridId) {
    const where = whereOf({ districtId, townId });
    const query = patrolGridEntry.query
      .byGrid({ gridId })
      .between({ day: filter.from ?? EARLIEST }, { day: upper });
    return {
      kind: 'entries' as const,
      partitions: [where ? query.where(where as never) : query],
      filtered: !!where,
    };
  }
  if (townId) {
    const where = whereOf({ districtId });
    const query = patrol.query.byTown({ townId }).between({ day: filter.from ?? EARLIEST }, { day: upper });
    return { kind: 'patrols' as const, partitions: [where ? query.where(where) : query], filtered: !!where };
  }
  if (districtId) {
    const query = patrol.query
      .byDistrict({ districtId })
      .between({ day: filter.from ?? EARLIEST }, { day: upper });
    return { kind: 'patrols' as const, partitions: [query], filtered: false };
  }
  const from = filter.from ?? `${addDays(`${to.slice(0, 7)}-01`, -28 * (DEFAULT_MONTHS - 1)).slice(0, 7)}-01`;
  const partitions = monthsBack(from, to).flatMap(([first, last]) =>
    districtIds.map((place) =>
      patrol.query.byDistrict({ districtId: place }).between({ day: first }, { day: addDays(last, 1) }),
    ),
  );
  return { kind: 'patrols' as const, partitions, filtered: false };
}

/**
 * The patrols `principal` may see that pass `filter`, newest first: one key range on the enterprise's, the
 * grid's (its entries, then a batch get), the town's or the district's index; the city walks month × district.
 */
export async function listPatrols(
  principal: Principal,
  filter: PatrolFilter,
  request: PageRequest,
  now: Date,
): Promise<Page<Patrol>> {
  const scoped = scopedFilter(listScope(principal), filter, [
    'districtId',
    'townId',
    'gridId',
    'enterpriseId',
  ]);
  if (!scoped) return fixedPage(request);
  const position = decodeCursor(request.cursor);
  const today = position?.d ?? businessDay(now);
  const { kind, partitions, filtered } = partitionsOf(scoped, today);
  const options = { limit: request.limit, cursor: position?.c, filtered, order: 'desc' as const };
  if (kind === 'entries') {
    const { data, nextCursor } = await readPages(
      partitions.map((query) => ({ table: mainTable, query })),
      options,
      (entry: { patrolId: string }) => entry.patrolId,
    );
    const items = await patrolsByIds(data);
    return { data: items.map(patrolView), nextCursor: encodeCursor(today, nextCursor) };
  }
  const { data, nextCursor } = await readPages(
    partitions.map((query) => ({ table: mainTable, query })),
    { ...options, prefetch: partitions.length > 1 },
    (item: PatrolItem) => patrolView(item),
  );
  return { data, nextCursor: encodeCursor(today, nextCursor) };
}

/** One patrol with its photos' links; out of the caller's scope = 404. */
export async function showPatrol(principal: Principal, patrolId: string): Promise<Patrol> {
  const item = await findPatrol(patrolId);
  if (!item || !inScope(principal, item)) throw new NotFoundError('巡查记录不存在或无权查看');
  const photoIds = [...item.photoIds, ...item.hazards.flatMap((hazard) => hazard.photoIds)];
  return { ...patrolView(item), photos: await photoViews(principal, photoIds) };
}
