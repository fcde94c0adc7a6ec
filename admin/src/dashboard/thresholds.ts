/**
 * The seed report's alarm lines (一（三）、二（二）): a risk overdue rate above 30 % and a principal
 * participation below 60 % are what the bureau calls out. The API's period answer may carry its own (configured)
 * values; these are the console's fallback.
 */
export interface Thresholds {
  /** An overdue rate (0–1) above this is highlighted. */
  overdueRateAbove: number;
  /** A principal participation rate (0–1) below this is highlighted. */
  participationBelow: number;
}

export const defaultThresholds: Thresholds = { overdueRateAbove: 0.3, participationBelow: 0.6 };

/** Which figures a threshold watches, and in which direction. */
export type WatchedFigure = 'overdueRate' | 'participationRate';

/** True when `value` crosses its line: strictly above 30 %, strictly below 60 % (30.0 % itself is not). */
export function breaches(
  figure: WatchedFigure,
  value: number | null | undefined,
  thresholds: Thresholds,
): boolean {
  if (value === null || value === undefined || !Number.isFinite(value)) return false;
  return figure === 'overdueRate'
    ? value > thresholds.overdueRateAbove
    : value < thresholds.participationBelow;
}
