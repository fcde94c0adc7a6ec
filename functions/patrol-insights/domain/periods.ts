import { addDays, businessDay } from '#functions/platform/clock';

/**
 * The periods a patrol rate is kept for: a calendar month (`2026-12`) or quarter (`2026Q4`) of Asia/Shanghai.
 * Pure: the job and the route name periods the same way, and the unit tests pin them with hand-written days.
 */
export type PeriodKind = 'month' | 'quarter';

export interface Period {
  /** `2026-12` or `2026Q4`. */
  period: string;
  kind: PeriodKind;
  /** First and last day of the period (`YYYY-MM-DD`, both inclusive). */
  fromDay: string;
  lastDay: string;
}

export const MONTH_PATTERN = /^(\d{4})-(0[1-9]|1[0-2])$/;
export const QUARTER_PATTERN = /^(\d{4})Q([1-4])$/;

const pad = (n: number) => String(n).padStart(2, '0');
/** The last day of month `m` (1–12) of `year`: the day before the next month's first. */
const monthEnd = (year: number, m: number) =>
  addDays(m === 12 ? `${year + 1}-01-01` : `${year}-${pad(m + 1)}-01`, -1);

/** The period a `2026-12` or `2026Q4` text names; undefined for anything else. */
export function parsePeriod(text: string): Period | undefined {
  const month = MONTH_PATTERN.exec(text);
  if (month) {
    const year = Number(month[1]);
    const m = Number(month[2]);
    return { period: text, kind: 'month', fromDay: `${year}-${pad(m)}-01`, lastDay: monthEnd(year, m) };
  }
  const quarter = QUARTER_PATTERN.exec(text);
  if (quarter) {
    const year = Number(quarter[1]);
    const q = Number(quarter[2]);
    return {
      period: text,
      kind: 'quarter',
      fromDay: `${year}-${pad(q * 3 - 2)}-01`,
      lastDay: monthEnd(year, q * 3),
    };
  }
  return undefined;
}

/** The month and the quarter day `day` (`YYYY-MM-DD`) belongs to. */
export function periodsOfDay(day: string): [Period, Period] {
  const year = Number(day.slice(0, 4));
  const m = Number(day.slice(5, 7));
  const month = parsePeriod(`${year}-${pad(m)}`);
  const quarter = parsePeriod(`${year}Q${Math.floor((m - 1) / 3) + 1}`);
  if (!month || !quarter) throw new Error(`Invalid day: ${day}`);
  return [month, quarter];
}

/** The current quarter at `now` (a request without `period` reads it). */
export const currentQuarter = (now: Date) => periodsOfDay(businessDay(now))[1].period;

/** One period a run computes, and the last day it counts (today for a running one, its last day once over). */
export interface RunPeriod extends Period {
  throughDay: string;
}

/**
 * What a run at `at` computes: the month and quarter of today, and those of yesterday (on a period's first day
 * the run finishes the period that just ended, up to its last day). Deduplicated, month before quarter.
 */
export function runPeriods(at: Date): RunPeriod[] {
  const today = businessDay(at);
  const yesterday = addDays(today, -1);
  const seen = new Map<string, RunPeriod>();
  for (const period of [...periodsOfDay(yesterday), ...periodsOfDay(today)]) {
    if (seen.has(period.period)) continue;
    const over = period.lastDay < today;
    seen.set(period.period, { ...period, throughDay: over ? period.lastDay : today });
  }
  return [...seen.values()];
}

/** The one day range that covers every period of a run: what the job reads of each district's patrols, once. */
export function readRange(periods: readonly RunPeriod[]): { from: string; to: string } {
  const froms = periods.map((p) => p.fromDay).sort();
  const tos = periods.map((p) => p.throughDay).sort();
  return { from: froms[0] ?? '', to: tos[tos.length - 1] ?? '' };
}

/** The hour slot a run accounts for (`2026-12-04T18`, Asia/Shanghai): one run per hour, a rerun does nothing. */
export const runSlot = (at: Date) => `${businessDay(at)}T${pad((at.getUTCHours() + 8) % 24)}`;
