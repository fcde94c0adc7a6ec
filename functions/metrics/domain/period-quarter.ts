import { businessDay, businessDayBounds } from '#functions/platform/clock';
import { scanQuarter, scanQuarterBounds } from '#functions/scans/index';

const DAY_MS = 24 * 3600 * 1000;

/** What one run of the period-metrics job accounts for. */
export interface PeriodWindow {
  /** `2026Q4`: the quarter of `throughDay`. */
  quarter: string;
  /** The first day of the quarter (Asia/Shanghai). */
  fromDay: string;
  /** The last whole day the run covers: the day before the run (the overdue job wrote its snapshot at midnight). */
  throughDay: string;
  /** ISO: the first instant of the quarter (a hazard due from then on is due in the period). */
  start: string;
  /** ISO, exclusive: the midnight that ends `throughDay` — the period's end instant. */
  end: string;
  /** The quarter's last day: this is its final run (on the next quarter's first day). */
  final: boolean;
  previousQuarter: string;
}

export function previousQuarter(quarter: string): string {
  const year = Number(quarter.slice(0, 4));
  const q = Number(quarter.slice(5));
  return q === 1 ? `${year - 1}Q4` : `${year}Q${q - 1}`;
}

/** The run at `at` (nightly, Beijing 01:30) covers its quarter up to yesterday; on a quarter's first day, the last. */
export function periodWindow(at: Date): PeriodWindow {
  const throughDay = businessDay(new Date(at.getTime() - DAY_MS));
  const dayBounds = businessDayBounds(throughDay);
  const quarter = scanQuarter(dayBounds.first);
  const bounds = scanQuarterBounds(quarter);
  return {
    quarter,
    fromDay: businessDay(bounds.first),
    throughDay,
    start: bounds.first.toISOString(),
    end: new Date(dayBounds.last.getTime() + 1).toISOString(),
    final: businessDay(bounds.last) === throughDay,
    previousQuarter: previousQuarter(quarter),
  };
}

/** The current quarter as of `now`, for a request without `quarter`: the one yesterday belongs to. */
export const currentQuarter = (now: Date) => periodWindow(now).quarter;
