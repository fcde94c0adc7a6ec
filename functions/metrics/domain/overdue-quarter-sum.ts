import type { PlacedRow } from '#functions/metrics/domain/overdue-rollup';
import { businessDayBounds } from '#functions/platform/clock';
import { scanQuarter } from '#functions/scans/index';

/** One enterprise's daily overdue rates so far in the quarter: their sum, and how many days had active points. */
export interface EnterpriseRateSum {
  sum: number;
  days: number;
}

/**
 * The running per-enterprise sum of the quarter's daily overdue rates, as of the day snapshot of `throughDay`:
 * what lets the period metrics give an enterprise's mean of the daily snapshots without reading them all
 * (32,742 enterprises × 90 days ≈ 3 M rows). `days` lists the days added, in order.
 */
export interface QuarterRateSums {
  quarter: string;
  throughDay: string;
  days: readonly string[];
  enterprises: ReadonlyMap<string, EnterpriseRateSum>;
}

/**
 * Adds one day snapshot's enterprise rows to the sums of the latest earlier day of the same quarter (none on the
 * quarter's first snapshot). A pure function of its inputs, so a rerun of the day gives the same sums. An
 * enterprise with no active point that day (rate null) gets no day, as days without a rate do for the areas.
 */
export function addDaySnapshot(
  base: QuarterRateSums | null,
  quarter: string,
  day: string,
  enterpriseRows: readonly PlacedRow[],
): QuarterRateSums {
  const earlier = base && base.quarter === quarter && base.throughDay < day ? base : null;
  const enterprises = new Map(earlier?.enterprises ?? []);
  for (const { row } of enterpriseRows) {
    const rate = row.figures.total.rate;
    if (rate === null) continue;
    const known = enterprises.get(row.id) ?? { sum: 0, days: 0 };
    enterprises.set(row.id, { sum: known.sum + rate, days: known.days + 1 });
  }
  return { quarter, throughDay: day, days: [...(earlier?.days ?? []), day], enterprises };
}

/** The quarter of an Asia/Shanghai day, named as the period metrics name it (periodWindow): `2026-10-01` → `2026Q4`. */
export const quarterOfDay = (day: string): string => scanQuarter(businessDayBounds(day).first);

/** An enterprise's mean daily overdue rate, null when it had active points on no day. */
export const meanRate = (sum: EnterpriseRateSum | undefined): number | null =>
  sum && sum.days > 0 ? sum.sum / sum.days : null;
