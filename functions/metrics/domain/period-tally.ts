import type { ByRiskLevel, PeriodCounts, PeriodLevel } from '#functions/metrics/schemas-period';

/** One area of the period tally: `city`, `district#wujin`, `town#<id>`, `enterprise#<id>`. */
export type ScopeKey = string;
export const scopeKey = (level: PeriodLevel, id: string): ScopeKey => `${level}#${id}`;

export interface PeriodEnterprise {
  id: string;
  districtId: string;
  townId: string;
}

export interface CounterFigures {
  scans: number;
  lateScans: number;
  principalScans: number;
  hazardScans: number;
}

export interface HazardFigures {
  enterpriseId: string;
  districtId: string;
  townId: string;
  status: 'OPEN' | 'RECTIFIED' | 'CLOSED';
  deadline: string;
  rectifiedAt?: string;
}

/** What the period metrics add up for one area (the overdue figures come from the snapshots, not from here). */
export type Tallied = Omit<
  PeriodCounts,
  'riskPoints' | 'riskPointsPerEnterprise' | 'overduePointsEnd' | 'activePointsEnd' | 'snapshotDays'
> & { openPastDeadline: number };

const empty = (): Tallied => ({
  enterprises: 0,
  usingEnterprises: 0,
  principalEnterprises: 0,
  scans: 0,
  lateScans: 0,
  selfFoundHazards: 0,
  hazardsDue: 0,
  hazardsOnTime: 0,
  openPastDeadline: 0,
});

export interface Area {
  level: PeriodLevel;
  id: string;
  districtId: string | null;
  townId: string | null;
}

export type PeriodTally = Map<ScopeKey, { area: Area; tally: Tallied }>;

function areasOf(place: { districtId: string; townId: string }, enterpriseId: string | null): Area[] {
  const { districtId, townId } = place;
  return [
    { level: 'city', id: 'city', districtId: null, townId: null },
    { level: 'district', id: districtId, districtId, townId: null },
    { level: 'town', id: townId, districtId, townId },
    ...(enterpriseId ? [{ level: 'enterprise' as const, id: enterpriseId, districtId, townId }] : []),
  ];
}

function slot(tally: PeriodTally, area: Area): Tallied {
  const key = scopeKey(area.level, area.id);
  let entry = tally.get(key);
  if (!entry) {
    entry = { area, tally: empty() };
    tally.set(key, entry);
  }
  return entry.tally;
}

/**
 * Adds up the registered active enterprises with their quarter scan counters, and the hazards read for the
 * period, per enterprise, town, district and the city. `quarterStart` ≤ a due hazard's deadline; every hazard
 * given is due before the period's end, so an OPEN one is past its deadline at the end.
 */
export function tallyPeriod(
  districts: readonly string[],
  enterprises: readonly PeriodEnterprise[],
  counters: ReadonlyMap<string, CounterFigures>,
  hazards: readonly HazardFigures[],
  quarterStart: string,
): PeriodTally {
  const tally: PeriodTally = new Map();
  slot(tally, { level: 'city', id: 'city', districtId: null, townId: null });
  for (const districtId of districts)
    slot(tally, { level: 'district', id: districtId, districtId, townId: null });
  const active = new Set<string>();
  for (const enterprise of enterprises) {
    active.add(enterprise.id);
    const counter = counters.get(enterprise.id);
    for (const area of areasOf(enterprise, enterprise.id)) {
      const t = slot(tally, area);
      t.enterprises += 1;
      if (!counter || counter.scans === 0) continue;
      t.usingEnterprises += 1;
      if (counter.principalScans > 0) t.principalEnterprises += 1;
      t.scans += counter.scans;
      t.lateScans += counter.lateScans;
      t.selfFoundHazards += counter.hazardScans;
    }
  }
  for (const hazard of hazards) {
    const due = hazard.deadline >= quarterStart;
    const onTime = due && hazard.status === 'CLOSED' && (hazard.rectifiedAt ?? '~') <= hazard.deadline;
    const past = hazard.status === 'OPEN';
    for (const area of areasOf(hazard, active.has(hazard.enterpriseId) ? hazard.enterpriseId : null)) {
      const t = slot(tally, area);
      if (due) t.hazardsDue += 1;
      if (onTime) t.hazardsOnTime += 1;
      if (past) t.openPastDeadline += 1;
    }
  }
  return tally;
}

export const zeroLevels = (): ByRiskLevel => ({ red: 0, orange: 0, yellow: 0, blue: 0, total: 0 });
