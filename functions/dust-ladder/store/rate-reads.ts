import type { RateArea } from '#functions/dust-ladder/domain/rate-scope';
import type { RateLevel } from '#functions/dust-ladder/domain/rate-tally';
import type { DustRateRow } from '#functions/dust-ladder/schemas';
import { addDays } from '#functions/platform/clock';
import { districtIds } from '#functions/platform/districts';
import { queryAll } from '#functions/platform/dynamo/items';

type Item = Record<string, unknown>;
/** The day's latest snapshot instant, by day: rows older than it belong to sites retired since. */
export type Pointers = Map<string, { asOf: string; final: boolean }>;

export async function readPointers(from: string, to: string): Promise<Pointers> {
  const items = await queryAll({
    KeyConditionExpression: 'pk = :pk AND sk BETWEEN :from AND :to',
    ExpressionAttributeValues: { ':pk': 'dustRateDay', ':from': from, ':to': to },
  });
  return new Map(
    items.map((item) => [String(item.sk), { asOf: String(item.asOf), final: item.final === true }]),
  );
}

const rowOf = (item: Item): DustRateRow & { day: string } => {
  const { pk: _pk, sk: _sk, asOf: _asOf, final: _final, ...row } = item;
  return row as DustRateRow & { day: string };
};

/** The partitions (pk and the sk prefix after the day) holding rows of `level` inside `area`. */
function partitionsOf(level: RateLevel, area: RateArea): Array<{ pk: string; suffix: string }> {
  const districts = area.districtId ? [area.districtId] : districtIds;
  switch (level) {
    case 'city':
      return [{ pk: 'dustRate#city', suffix: '' }];
    case 'district':
      return [{ pk: 'dustRate#district', suffix: area.districtId ? `#${area.districtId}` : '#' }];
    case 'town':
      return districts.map((d) => ({
        pk: `dustRate#town#${d}`,
        suffix: area.townId ? `#${area.townId}` : '#',
      }));
    case 'site':
      return districts.map((d) => ({
        pk: `dustRate#site#${d}`,
        suffix: area.townId ? `#${area.townId}#` : '#',
      }));
  }
}

/**
 * The rows of `level` inside `area` for the days `[from, to]` (one Query a partition: a day is a prefix, a
 * range of days one BETWEEN), rows older than their day's pointer dropped. `onlyMissing` keeps not-uploaded
 * rows (a filter on a key-condition read: fewer bytes back, the same items read).
 */
export async function readRows(
  level: RateLevel,
  area: RateArea,
  from: string,
  to: string,
  pointers: Pointers,
  onlyMissing = false,
): Promise<Array<DustRateRow & { day: string }>> {
  const lists = await Promise.all(
    partitionsOf(level, area).map(({ pk, suffix }) => {
      const single = from === to;
      const filter = onlyMissing ? { FilterExpression: 'uploaded = :zero' } : {};
      return queryAll({
        KeyConditionExpression: single
          ? 'pk = :pk AND begins_with(sk, :prefix)'
          : 'pk = :pk AND sk BETWEEN :a AND :b',
        ExpressionAttributeValues: {
          ':pk': pk,
          ...(single ? { ':prefix': `d${from}${suffix}` } : { ':a': `d${from}`, ':b': `d${to}~` }),
          ...(onlyMissing ? { ':zero': 0 } : {}),
        },
        ...filter,
      });
    }),
  );
  return lists
    .flat()
    .filter((item) => {
      const pointer = pointers.get(String(item.day));
      return !pointer || String(item.asOf) >= pointer.asOf;
    })
    .map(rowOf)
    .filter((row) => inArea(row, area));
}

/** Prefixes match `town1` to `town10` and ranges cross areas: the exact check. */
const inArea = (row: DustRateRow, area: RateArea) =>
  (!area.districtId || row.level === 'city' || row.districtId === area.districtId) &&
  (!area.townId || row.level === 'city' || row.level === 'district' || row.townId === area.townId);

export const windowStart = (to: string, days: number) => addDays(to, 1 - days);
