import { type EnterpriseRateSum, meanRate } from '#functions/metrics/domain/overdue-quarter-sum';
import { type PeriodTally, type ScopeKey, zeroLevels } from '#functions/metrics/domain/period-tally';
import type { ByRiskLevel, PeriodFigures, PeriodRow } from '#functions/metrics/schemas-period';
import { periodFigureKeys } from '#functions/metrics/schemas-period';

/** An area's overdue snapshot at the period's last day: active points by level, overdue in total. */
export interface OverdueEnd {
  name: string | null;
  active: ByRiskLevel;
  overdue: number;
}

export interface OverdueInputs {
  end: ReadonlyMap<ScopeKey, OverdueEnd>;
  /** The area's overdue rate of each day of the period that has a snapshot with active points (aggregates only). */
  daily: ReadonlyMap<ScopeKey, readonly number[]>;
  /** Each enterprise's running sum of its daily rates (kept by the overdue job), by enterprise id; none: null. */
  enterpriseSums?: ReadonlyMap<string, EnterpriseRateSum>;
}

const ratio = (part: number, whole: number) => (whole > 0 ? part / whole : null);

function perEnterprise(levels: ByRiskLevel, enterprises: number): ByRiskLevel | null {
  if (enterprises === 0) return null;
  const { red, orange, yellow, blue, total } = levels;
  return {
    red: red / enterprises,
    orange: orange / enterprises,
    yellow: yellow / enterprises,
    blue: blue / enterprises,
    total: total / enterprises,
  };
}

const mean = (values: readonly number[] | undefined) =>
  values && values.length > 0 ? values.reduce((sum, value) => sum + value, 0) / values.length : null;

export function changeOf(now: PeriodFigures, before: PeriodFigures | null): PeriodFigures | null {
  if (!before) return null;
  const entries = periodFigureKeys.map((key) => {
    const [a, b] = [now[key], before[key]];
    return [key, a === null || b === null ? null : a - b];
  });
  return Object.fromEntries(entries) as PeriodFigures;
}

/**
 * The rows of the period: the tally's counts, the overdue snapshot of the last day (risk points by level,
 * overdue rate at the end) and the mean of the daily rates (an area's from its day snapshots, an enterprise's
 * from its running sum); ranks and the previous quarter come later.
 */
export function periodRows(tally: PeriodTally, overdue: OverdueInputs): PeriodRow[] {
  return [...tally].map(([key, { area, tally: t }]) => {
    const end = overdue.end.get(key);
    const riskPoints = end?.active ?? zeroLevels();
    const perFirm = perEnterprise(riskPoints, t.enterprises);
    const firm = area.level === 'enterprise';
    const daily = firm ? undefined : overdue.daily.get(key);
    const sum = firm ? overdue.enterpriseSums?.get(area.id) : undefined;
    const figures: PeriodFigures = {
      codeUsageRate: ratio(t.usingEnterprises, t.enterprises),
      participationRate: ratio(t.principalEnterprises, t.usingEnterprises),
      riskPointsPerEnterprise: perFirm?.total ?? null,
      selfFoundPerEnterprise: ratio(t.selfFoundHazards, t.enterprises),
      onTimeRate: ratio(t.hazardsOnTime, t.hazardsDue),
      openPastDeadline: t.openPastDeadline,
      overdueRateEnd: end ? ratio(end.overdue, end.active.total) : null,
      overdueRateMean: firm ? meanRate(sum) : mean(daily),
    };
    const { openPastDeadline: _shown, ...counted } = t;
    return {
      ...area,
      name: end?.name ?? null,
      figures,
      counts: {
        ...counted,
        riskPoints,
        riskPointsPerEnterprise: perFirm,
        overduePointsEnd: end?.overdue ?? 0,
        activePointsEnd: riskPoints.total,
        snapshotDays: firm ? (sum?.days ?? 0) : (daily?.length ?? 0),
      },
      ranks: null,
      previous: null,
      change: null,
    };
  });
}
