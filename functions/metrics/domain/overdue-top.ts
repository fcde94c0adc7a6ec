import type { Rollup } from '#functions/metrics/domain/overdue-rollup';
import type { OverdueRow } from '#functions/metrics/schemas';

/** How many enterprises each precomputed "most overdue" list keeps (the route serves up to this many). */
export const TOP_SIZE = 50;

/** An area whose worst enterprises are precomputed: the city, each district, each town. */
export interface TopList {
  scope: 'city' | 'district' | 'town';
  scopeId: string;
  rows: OverdueRow[];
}

/** Most overdue red + orange first, then most overdue red, then the enterprise id: a total order. */
export function worstFirst(a: OverdueRow, b: OverdueRow): number {
  return (
    b.overdueSevere - a.overdueSevere ||
    b.figures.red.overdue - a.figures.red.overdue ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

function keep(list: OverdueRow[], row: OverdueRow): void {
  if (list.length === TOP_SIZE && worstFirst(row, list[TOP_SIZE - 1] as OverdueRow) >= 0) return;
  list.push(row);
  list.sort(worstFirst);
  if (list.length > TOP_SIZE) list.pop();
}

/**
 * The job's "enterprises with the most overdue red/orange points" per city, district and town, so that the
 * dashboard reads one item instead of sorting a city at request time. Enterprises with none overdue are left out.
 */
export function topLists(rollup: Rollup): TopList[] {
  const lists = new Map<string, TopList>();
  const listOf = (scope: TopList['scope'], scopeId: string) => {
    const key = `${scope}#${scopeId}`;
    const known = lists.get(key) ?? { scope, scopeId, rows: [] };
    lists.set(key, known);
    return known;
  };
  listOf('city', 'city');
  for (const { row } of rollup.district) listOf('district', row.id);
  for (const { row } of rollup.town) listOf('town', row.id);
  for (const { row } of rollup.enterprise) {
    if (row.overdueSevere === 0) continue;
    keep(listOf('city', 'city').rows, row);
    keep(listOf('district', row.districtId as string).rows, row);
    keep(listOf('town', row.townId as string).rows, row);
  }
  return [...lists.values()];
}
