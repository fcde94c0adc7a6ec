import type { PeriodFigures, PeriodRanks, PeriodRow } from '#functions/metrics/schemas-period';
import { periodFigureKeys } from '#functions/metrics/schemas-period';

/** Figures where less is better: a district ranks first with the fewest overdue points and open hazards. */
const lowerIsBetter = new Set<keyof PeriodFigures>(['openPastDeadline', 'overdueRateEnd', 'overdueRateMean']);

/**
 * Ranks the district rows per figure, 1 = best, ties sharing a rank (1, 1, 3). A district with no registered
 * active enterprise, or without the figure (null), is not ranked; the others rank among themselves.
 */
export function rankDistricts(rows: PeriodRow[]): PeriodRow[] {
  const ranked = rows.filter((row) => row.level === 'district' && row.counts.enterprises > 0);
  const ranks = new Map<PeriodRow, PeriodRanks>();
  for (const row of rows.filter((r) => r.level === 'district'))
    ranks.set(row, Object.fromEntries(periodFigureKeys.map((key) => [key, null])) as PeriodRanks);
  for (const key of periodFigureKeys) {
    const sign = lowerIsBetter.has(key) ? 1 : -1;
    const values = ranked.flatMap((row) => (row.figures[key] === null ? [] : [row.figures[key] as number]));
    for (const row of ranked) {
      const value = row.figures[key];
      if (value === null) continue;
      const better = values.filter((other) => sign * (other - value) < 0).length;
      (ranks.get(row) as PeriodRanks)[key] = better + 1;
    }
  }
  return rows.map((row) => (ranks.has(row) ? { ...row, ranks: ranks.get(row) ?? null } : row));
}
