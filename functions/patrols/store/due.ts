import * as z from 'zod';
import { gridEnterprises } from '#functions/enterprises/index';
import { dueOrder } from '#functions/patrols/domain/due';
import type { DueEnterprise } from '#functions/patrols/schemas';
import { patrolMark } from '#functions/patrols/store/entities/plan';
import { patrolFrequencyDays } from '#functions/patrols/store/plan';
import { businessDay } from '#functions/platform/clock';
import { fixedPage, InvalidCursorError, type Page, type PageRequest } from '#functions/platform/pager';
import type { Principal } from '#functions/platform/principal';

/** Closed enterprises (关闭) are not patrolled; 停产 ones still are (复产 checks). */
const patrolled = (status: string) => status !== '关闭';

/** The cursor is `{ due: offset }` into the ordered list (recomputed per page from the same reads). */
const cursorSchema = z.strictObject({ due: z.number().int().min(0).max(100_000) });
function offsetOf(cursor: string | undefined): number {
  if (!cursor) return 0;
  try {
    return cursorSchema.parse(JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'))).due;
  } catch {
    throw new InvalidCursorError();
  }
}
const cursorAt = (offset: number) =>
  Buffer.from(JSON.stringify({ due: offset }), 'utf8').toString('base64url');

async function marksOf(enterpriseIds: string[]): Promise<Map<string, string>> {
  const marks = new Map<string, string>();
  for (let start = 0; start < enterpriseIds.length; start += 100) {
    const keys = enterpriseIds.slice(start, start + 100).map((enterpriseId) => ({ enterpriseId }));
    const { data } = await patrolMark.get(keys).go({ attributes: ['enterpriseId', 'lastDay'] });
    for (const mark of data) marks.set(mark.enterpriseId, mark.lastDay);
  }
  return marks;
}

/**
 * The grid member's enterprises, due first: the grid's enterprises (one key range, ~70 of them) and their
 * last-patrol marks (batch gets), ordered in memory. No other grid's data is read.
 */
export async function dueList(
  principal: Principal,
  request: PageRequest,
  now: Date,
): Promise<Page<DueEnterprise>> {
  const { districtId, gridId } = principal;
  if (principal.role !== 'gridMember' || !districtId || !gridId) return fixedPage(request);
  const offset = offsetOf(request.cursor);
  const [enterprises, frequency] = await Promise.all([
    gridEnterprises(districtId, gridId),
    patrolFrequencyDays(districtId),
  ]);
  const active = enterprises.filter(({ status }) => patrolled(status));
  const marks = await marksOf(active.map(({ id }) => id));
  const towns = new Map(active.map(({ id, townId }) => [id, townId]));
  const rows = dueOrder(
    active.map(({ id, name }) => ({ enterpriseId: id, name, lastPatrolDay: marks.get(id) })),
    frequency,
    businessDay(now),
  );
  if (offset > rows.length) throw new InvalidCursorError();
  const end = offset + request.limit;
  const data = rows.slice(offset, end).map((row) => ({
    id: row.enterpriseId,
    enterpriseId: row.enterpriseId,
    name: row.name,
    townId: towns.get(row.enterpriseId) ?? '',
    gridId,
    ...(row.lastPatrolDay ? { lastPatrolDay: row.lastPatrolDay } : {}),
    ...(row.dueDay ? { dueDay: row.dueDay } : {}),
    due: row.due,
  }));
  const nextCursor = end < rows.length ? cursorAt(end) : null;
  return { data, nextCursor };
}
