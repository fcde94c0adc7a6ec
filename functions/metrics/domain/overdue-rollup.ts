import { type EnterpriseTally, type Tally, tallyLevels } from '#functions/metrics/domain/overdue-tally';
import type { OverdueByLevel, OverdueFigures, OverdueLevel, OverdueRow } from '#functions/metrics/schemas';
import { districtName } from '#functions/platform/districts';

/** A snapshot row with the key of the area that encloses it (`city` for districts, the district for towns…). */
export interface PlacedRow {
  parentId: string;
  row: OverdueRow;
}

/** All rows of one snapshot, by area level, in a fixed order (ids ascending). */
export interface Rollup {
  city: PlacedRow[];
  district: PlacedRow[];
  town: PlacedRow[];
  enterprise: PlacedRow[];
}

export function figures(active: number, overdue: number): OverdueFigures {
  return { active, overdue, rate: active === 0 ? null : overdue / active };
}

export function byLevel(counts: readonly number[]): OverdueByLevel {
  const at = (index: number) => counts[index] ?? 0;
  const [red, orange, yellow, blue] = tallyLevels.map((_, i) => figures(at(2 * i), at(2 * i + 1)));
  const active = at(0) + at(2) + at(4) + at(6);
  const overdue = at(1) + at(3) + at(5) + at(7);
  return { total: figures(active, overdue), red, orange, yellow, blue } as OverdueByLevel;
}

function rowOf(
  level: OverdueLevel,
  id: string,
  place: Pick<OverdueRow, 'name' | 'districtId' | 'townId' | 'gridId'>,
  counts: readonly number[],
): OverdueRow {
  return {
    level,
    id,
    ...place,
    figures: byLevel(counts),
    overdueSevere: (counts[1] ?? 0) + (counts[3] ?? 0),
  };
}

function add(
  sums: Map<string, { sample: EnterpriseTally; counts: number[] }>,
  key: string,
  e: EnterpriseTally,
) {
  const known = sums.get(key) ?? { sample: e, counts: [0, 0, 0, 0, 0, 0, 0, 0] };
  e.counts.forEach((count, index) => {
    known.counts[index] = (known.counts[index] ?? 0) + count;
  });
  sums.set(key, known);
}

const byKey = <T>(map: Map<string, T>) => [...map.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));

/** Pools the enterprise tallies into town, district and city rows (DOMAIN.md: a district's rate is pooled). */
export function rollUp(tally: Tally): Rollup {
  const towns = new Map<string, { sample: EnterpriseTally; counts: number[] }>();
  const districts = new Map<string, { sample: EnterpriseTally; counts: number[] }>();
  const city = new Map<string, { sample: EnterpriseTally; counts: number[] }>();
  const enterprise: PlacedRow[] = [];
  for (const [id, e] of byKey(tally)) {
    add(towns, e.townId, e);
    add(districts, e.districtId, e);
    add(city, 'city', e);
    const place = { name: e.name, districtId: e.districtId, townId: e.townId, gridId: e.gridId };
    enterprise.push({ parentId: e.townId, row: rowOf('enterprise', id, place, e.counts) });
  }
  const none = { gridId: null };
  return {
    city: byKey(city).map(([, { counts }]) => ({
      parentId: '-',
      row: rowOf('city', 'city', { name: '全市', districtId: null, townId: null, ...none }, counts),
    })),
    district: byKey(districts).map(([id, { counts }]) => ({
      parentId: 'city',
      row: rowOf(
        'district',
        id,
        { name: districtName(id) ?? null, districtId: id, townId: null, ...none },
        counts,
      ),
    })),
    town: byKey(towns).map(([id, { sample, counts }]) => ({
      parentId: sample.districtId,
      row: rowOf('town', id, { name: null, districtId: sample.districtId, townId: id, ...none }, counts),
    })),
    enterprise,
  };
}
