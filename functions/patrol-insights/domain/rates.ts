import type { RunPeriod } from '#functions/patrol-insights/domain/periods';
import { businessDay } from '#functions/platform/clock';

/**
 * 巡查率 (DOMAIN.md): in-grid enterprises patrolled ≥ 1 time in the period / in-grid enterprises. Pure: the job
 * hands it one district's census and patrols and gets back that district's rows (the district, its towns, its
 * grids) for every period of the run; `cityRows` adds the districts up. Hand-written fixtures test both.
 */
export type RateLevel = 'city' | 'district' | 'town' | 'grid';

/** An enterprise as the census reads it. Closed ones (关闭) are not patrolled and count nowhere. */
export interface RateEnterprise {
  id: string;
  districtId: string;
  townId: string;
  gridId?: string;
  status: string;
}

/** What a patrol tells the rate: whose it was and when. */
export interface RatePatrol {
  enterpriseId: string;
  at: string;
}

export interface RateRow {
  period: string;
  level: RateLevel;
  /** 'city', a district, town or grid id. */
  id: string;
  districtId: string | null;
  townId: string | null;
  gridId: string | null;
  /** In-grid, not closed enterprises (the denominator). */
  inGrid: number;
  /** Of those, the ones patrolled at least once in [fromDay, throughDay]. */
  patrolled: number;
  /** patrolled / inGrid, 0–1; null when inGrid is 0. */
  rate: number | null;
  fromDay: string;
  throughDay: string;
}

export const CLOSED = '关闭';

/** The ratio, rounded to 4 places (83.93% is 0.8393); null for an empty area. */
export function patrolRate(patrolled: number, inGrid: number): number | null {
  if (inGrid === 0) return null;
  return Math.round((patrolled / inGrid) * 10_000) / 10_000;
}

const row = (
  period: RunPeriod,
  level: RateLevel,
  place: Pick<RateRow, 'id' | 'districtId' | 'townId' | 'gridId'>,
  inGrid: number,
  patrolled: number,
): RateRow => ({
  period: period.period,
  level,
  ...place,
  inGrid,
  patrolled,
  rate: patrolRate(patrolled, inGrid),
  fromDay: period.fromDay,
  throughDay: period.throughDay,
});

interface Count {
  inGrid: number;
  patrolled: number;
}
const bump = (map: Map<string, Count>, key: string, patrolled: boolean) => {
  const count = map.get(key) ?? { inGrid: 0, patrolled: 0 };
  count.inGrid += 1;
  if (patrolled) count.patrolled += 1;
  map.set(key, count);
};

/**
 * One district's rows for every period: an enterprise counts where it sits now (its current grid), and as
 * patrolled in a period when any of its patrols falls on a day of it. Patrols of enterprises out of the grid or
 * closed count nowhere (the denominator has no room for them).
 */
export function districtRows(
  districtId: string,
  enterprises: readonly RateEnterprise[],
  patrols: readonly RatePatrol[],
  periods: readonly RunPeriod[],
): RateRow[] {
  const daysOf = new Map<string, string[]>();
  for (const patrol of patrols) {
    const day = businessDay(new Date(patrol.at));
    const days = daysOf.get(patrol.enterpriseId);
    if (days) days.push(day);
    else daysOf.set(patrol.enterpriseId, [day]);
  }
  const inGrid = enterprises.filter((e) => e.gridId && e.status !== CLOSED && e.districtId === districtId);
  const rows: RateRow[] = [];
  for (const period of periods) {
    const towns = new Map<string, Count>();
    const grids = new Map<string, Count>();
    const gridTown = new Map<string, string>();
    let total = 0;
    let done = 0;
    for (const enterprise of inGrid) {
      const gridId = enterprise.gridId as string;
      const days = daysOf.get(enterprise.id) ?? [];
      const patrolled = days.some((day) => day >= period.fromDay && day <= period.throughDay);
      total += 1;
      if (patrolled) done += 1;
      bump(towns, enterprise.townId, patrolled);
      bump(grids, gridId, patrolled);
      gridTown.set(gridId, enterprise.townId);
    }
    rows.push(
      row(period, 'district', { id: districtId, districtId, townId: null, gridId: null }, total, done),
    );
    for (const [townId, count] of towns)
      rows.push(
        row(period, 'town', { id: townId, districtId, townId, gridId: null }, count.inGrid, count.patrolled),
      );
    for (const [gridId, count] of grids)
      rows.push(
        row(
          period,
          'grid',
          { id: gridId, districtId, townId: gridTown.get(gridId) ?? null, gridId },
          count.inGrid,
          count.patrolled,
        ),
      );
  }
  return rows;
}

/** The city's row of each period: the districts' rows added up (not their rates averaged). */
export function cityRows(districtLevel: readonly RateRow[], periods: readonly RunPeriod[]): RateRow[] {
  return periods.map((period) => {
    const mine = districtLevel.filter((r) => r.level === 'district' && r.period === period.period);
    const inGrid = mine.reduce((sum, r) => sum + r.inGrid, 0);
    const patrolled = mine.reduce((sum, r) => sum + r.patrolled, 0);
    return row(
      period,
      'city',
      { id: 'city', districtId: null, townId: null, gridId: null },
      inGrid,
      patrolled,
    );
  });
}
