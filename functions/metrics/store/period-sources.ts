import type { OverdueEnd, OverdueInputs } from '#functions/metrics/domain/period-rows';
import { type ScopeKey, scopeKey } from '#functions/metrics/domain/period-tally';
import type { OverdueRow } from '#functions/metrics/schemas';
import { rowPk } from '#functions/metrics/store/overdue-keys';
import { mapLimit } from '#functions/platform/concurrency';
import { queryAll } from '#functions/platform/dynamo/items';

type Item = Record<string, unknown>;

const between = (pk: string, fromDay: string, toDay: string): Item => ({
  KeyConditionExpression: 'pk = :pk AND sk BETWEEN :from AND :to',
  ExpressionAttributeValues: { ':pk': pk, ':from': `d${fromDay}`, ':to': `d${toDay}#~` },
});

const dayOf = (item: Item) => String(item.sk).slice(1, 11);
const rowOf = (item: Item) => item.row as OverdueRow;

function endOf(row: OverdueRow): OverdueEnd {
  const { red, orange, yellow, blue, total } = row.figures;
  return {
    name: row.name,
    active: {
      red: red.active,
      orange: orange.active,
      yellow: yellow.active,
      blue: blue.active,
      total: total.active,
    },
    overdue: total.overdue,
  };
}

export interface OverdueRead extends OverdueInputs {
  /** The last day with a snapshot (the period's end figures are that day's), null when there is none. */
  lastDay: string | null;
  items: number;
}

/**
 * The overdue job's day snapshots the period needs: every day of the period for the city, the 7 districts and
 * their towns (≈ 70 areas × days: a few thousand items), and only the last day's for the enterprises (one row
 * each, read per town). Never the hourly slots, never the risk points themselves.
 */
export async function readOverdueSnapshots(
  districts: readonly string[],
  fromDay: string,
  toDay: string,
): Promise<OverdueRead> {
  const parents = [rowPk('city', '-'), rowPk('district', 'city'), ...districts.map((d) => rowPk('town', d))];
  const areaItems = (await mapLimit(parents, 4, (pk) => queryAll(between(pk, fromDay, toDay)))).flat();
  const daily = new Map<ScopeKey, number[]>();
  const end = new Map<ScopeKey, OverdueEnd>();
  let lastDay: string | null = null;
  for (const item of areaItems) if (!lastDay || dayOf(item) > lastDay) lastDay = dayOf(item);
  const towns = new Set<string>();
  for (const item of areaItems) {
    const row = rowOf(item);
    const key = scopeKey(row.level, row.id);
    if (row.level === 'town') towns.add(row.id);
    if (row.figures.total.rate !== null) daily.set(key, [...(daily.get(key) ?? []), row.figures.total.rate]);
    if (dayOf(item) === lastDay) end.set(key, endOf(row));
  }
  let items = areaItems.length;
  if (lastDay) {
    const slot = `d${lastDay}#`;
    await mapLimit([...towns], 4, async (townId) => {
      const rows = await queryAll({
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :slot)',
        ExpressionAttributeValues: { ':pk': rowPk('enterprise', townId), ':slot': slot },
      });
      items += rows.length;
      for (const item of rows) end.set(scopeKey('enterprise', rowOf(item).id), endOf(rowOf(item)));
    });
  }
  return { end, daily, lastDay, items };
}
