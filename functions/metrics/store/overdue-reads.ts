import { enterprisePlacement } from '#functions/enterprises/index';
import { dayEnd, daySlot } from '#functions/metrics/domain/overdue-period';
import { levelInScope, type Narrowed, narrow } from '#functions/metrics/domain/overdue-scope';
import { worstFirst } from '#functions/metrics/domain/overdue-top';
import type { OverdueQuery, OverdueResponse, OverdueRow } from '#functions/metrics/schemas';
import { currentKey, rowPk, topKey } from '#functions/metrics/store/overdue-keys';
import { type RowPartition, readRowPage } from '#functions/metrics/store/overdue-pages';
import { loadOrgRefs } from '#functions/org/index';
import { districtIds } from '#functions/platform/districts';
import { getItem, queryAll } from '#functions/platform/dynamo/items';
import { NotFoundError } from '#functions/platform/errors';
import { InvalidCursorError } from '#functions/platform/pager';
import type { Principal } from '#functions/platform/principal';
import { listScope } from '#functions/platform/scope';

interface Slot {
  slot: string;
  /** The current hour's instant: rows of the slot from another day are dropped. Absent for a day's slot. */
  asOf?: string;
}

/** The slot a request reads: the day's, or the current hour's from the pointer (null before the first run). */
async function slotOf(date: string | undefined): Promise<Slot | null> {
  if (date) return { slot: daySlot(date) };
  const current = await getItem(currentKey);
  return current ? { slot: String(current.slot), asOf: String(current.asOf) } : null;
}

/** The towns of the districts a request covers, from the town rows of the slot (one query each). */
async function townsOf(districts: readonly string[], at: Slot): Promise<string[]> {
  const lists = await Promise.all(
    districts.map((districtId) =>
      queryAll({
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
        ExpressionAttributeValues: { ':pk': rowPk('town', districtId), ':prefix': `${at.slot}#` },
        ProjectionExpression: 'sk',
      }),
    ),
  );
  return lists.flat().map((item) => String(item.sk).slice(at.slot.length + 1));
}

/** The partitions (and exact prefixes) holding the rows of `level` inside `n`. */
async function partitionsOf(level: OverdueQuery['level'], n: Narrowed, at: Slot): Promise<RowPartition[]> {
  const districts = n.districtId ? [n.districtId] : districtIds;
  const prefix = (id?: string) => `${at.slot}#${id ?? ''}`;
  switch (level) {
    case 'city':
      return [{ pk: rowPk('city', '-'), prefix: prefix() }];
    case 'district':
      return [{ pk: rowPk('district', 'city'), prefix: prefix(n.districtId) }];
    case 'town':
      return districts.map((d) => ({ pk: rowPk('town', d), prefix: prefix(n.townId) }));
    case 'enterprise': {
      if (n.enterpriseId) {
        const place = await enterprisePlacement(n.enterpriseId);
        if (!place) return [];
        const sk = `${place.gridId ?? '-'}#${n.enterpriseId}`;
        return [{ pk: rowPk('enterprise', place.townId), prefix: prefix(sk) }];
      }
      const towns = n.townId ? [n.townId] : await townsOf(districts, at);
      const grid = n.gridId ? `${n.gridId}#` : undefined;
      return towns.map((t) => ({ pk: rowPk('enterprise', t), prefix: prefix(grid) }));
    }
  }
}

/** Whether a row really is inside `n` (prefixes match `town1` to `town10`; a town filter can name any town). */
const inside = (row: OverdueRow, n: Narrowed) =>
  (!n.districtId || row.level === 'city' || row.districtId === n.districtId) &&
  (!n.townId || row.level === 'district' || row.level === 'city' || row.townId === n.townId) &&
  (!n.enterpriseId || row.id === n.enterpriseId);

async function withTownNames(rows: OverdueRow[]): Promise<OverdueRow[]> {
  const towns = rows.filter((row) => row.level === 'town');
  if (towns.length === 0) return rows;
  const directory = await loadOrgRefs({ townIds: towns.map((row) => row.id), gridIds: [] });
  return rows.map((row) =>
    row.level === 'town' ? { ...row, name: directory.town(row.id)?.name ?? null } : row,
  );
}

/** The precomputed worst list of the narrowest area that has one; a grid's few enterprises are sorted here. */
async function worstRows(n: Narrowed, at: Slot, limit: number): Promise<OverdueRow[]> {
  if (n.gridId || n.enterpriseId) {
    const page = await readRowPage(
      await partitionsOf('enterprise', n, at),
      { limit: 1000, ...at },
      (item) => item.row as OverdueRow,
    );
    return page.data
      .filter((row) => row.overdueSevere > 0 && inside(row, n))
      .sort(worstFirst)
      .slice(0, limit);
  }
  const key = n.townId
    ? topKey('town', n.townId, at.slot)
    : n.districtId
      ? topKey('district', n.districtId, at.slot)
      : topKey('city', 'city', at.slot);
  const item = await getItem(key);
  if (!item || (at.asOf && item.asOf !== at.asOf)) return [];
  return (item.rows as OverdueRow[]).filter((row) => inside(row, n)).slice(0, limit);
}

/**
 * `GET /api/metrics/overdue`: the rows of one level inside the caller's scope at the current hour or at a day's
 * end. A level above the caller's own area is 404 (a district admin has no city figures to see).
 */
export async function findOverdue(principal: Principal, query: OverdueQuery): Promise<OverdueResponse> {
  const scope = listScope(principal);
  if (scope.kind === 'none' || !levelInScope(scope, query.level))
    throw new NotFoundError('当前账号无权查看该层级的逾期统计');
  const empty = { level: query.level, date: query.date ?? null, asOf: null, data: [], nextCursor: null };
  const n = narrow(scope, query);
  const at = await slotOf(query.date);
  // Before the first run there is no list a cursor could go on in.
  if (!at && query.cursor) throw new InvalidCursorError();
  if (!n || !at) return empty;
  const asOf = at.asOf ?? (query.date ? dayEnd(query.date).toISOString() : null);
  if (query.sort === 'worst') {
    const rows = await worstRows(n, at, query.limit);
    return { ...empty, asOf: rows.length > 0 || at.asOf ? asOf : null, data: rows };
  }
  const partitions = await partitionsOf(query.level, n, at);
  const page = await readRowPage(partitions, { limit: query.limit, cursor: query.cursor, ...at }, (item) => {
    const row = item.row as OverdueRow;
    return inside(row, n) ? row : undefined;
  });
  const data = await withTownNames(page.data);
  return { ...empty, asOf: data.length > 0 || at.asOf ? asOf : null, data, nextCursor: page.nextCursor };
}
