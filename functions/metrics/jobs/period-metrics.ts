import { periodWindow } from '#functions/metrics/domain/period-quarter';
import { rankDistricts } from '#functions/metrics/domain/period-ranks';
import { changeOf, periodRows } from '#functions/metrics/domain/period-rows';
import { scopeKey, tallyPeriod } from '#functions/metrics/domain/period-tally';
import { quarterSumsThrough } from '#functions/metrics/store/overdue-quarter-sums';
import { readPeriodInputs } from '#functions/metrics/store/period-inputs';
import { readOverdueSnapshots } from '#functions/metrics/store/period-sources';
import { areaRows, savePeriod } from '#functions/metrics/store/period-store';
import { now } from '#functions/platform/clock';
import { districtIds } from '#functions/platform/districts';
import { jobHandler } from '#functions/platform/jobs/job';
import { logger } from '#functions/platform/logger';
import { repairScanCounters } from '#functions/scans/index';

/**
 * The quarter's metrics (code usage, principal participation, risk points and self-found hazards per
 * enterprise, rectification, overdue rate at the end and mean of the days), nightly for the quarter to date and,
 * on a quarter's first day, final for the quarter that ended. Repairs the scan counters a crash left behind
 * before it reads them, and meanwhile reads, per district and by index only: the enterprises, the hazards due
 * or past deadline, the overdue job's day snapshots of the areas, the enterprises' running sums of their daily
 * overdue rates (kept by the overdue job) and the previous quarter's area rows; then the quarter's
 * counters (never the scans). Idempotent per day: every row is a whole put, the meta item last.
 */
export const handler = jobHandler('period-metrics', {
  periodKey: (at) => `through#${periodWindow(at).throughDay}`,
  run: async ({ at }) => {
    const window = periodWindow(at);
    const started = performance.now();
    let repaired = started;
    // The repair must finish before the counters are read; everything else is read meanwhile.
    const repairing = repairScanCounters(at).then((result) => {
      repaired = performance.now();
      return result;
    });
    const [inputs, overdue, sums, previous, repair] = await Promise.all([
      readPeriodInputs(districtIds, window.quarter, window.start, window.end, repairing),
      readOverdueSnapshots(districtIds, window.fromDay, window.throughDay),
      quarterSumsThrough(window.quarter, window.throughDay),
      areaRows(window.previousQuarter, districtIds),
      repairing,
    ]);
    const readAt = performance.now();
    const tally = tallyPeriod(districtIds, inputs.enterprises, inputs.counters, inputs.hazards, window.start);
    const before = new Map(previous.map((row) => [scopeKey(row.level, row.id), row.figures]));
    const enterpriseSums = sums?.enterprises ?? new Map();
    const rows = rankDistricts(periodRows(tally, { ...overdue, enterpriseSums })).map((row) => {
      const earlier = before.get(scopeKey(row.level, row.id)) ?? null;
      return { ...row, previous: earlier, change: changeOf(row.figures, earlier) };
    });
    const tallied = performance.now();
    const generatedAt = now().toISOString();
    const written = await savePeriod(
      { quarter: window.quarter, throughDay: window.throughDay, final: window.final, generatedAt },
      districtIds,
      rows,
    );
    const read = {
      ...inputs.read,
      snapshots: overdue.items,
      quarterSums: sums?.itemsRead ?? 0,
      previous: previous.length,
    };
    // A day snapshot written after a later day's (a backfill) is in the areas' means but not the enterprises'.
    if (overdue.lastDay && sums?.throughDay !== overdue.lastDay)
      logger.warn('enterprise overdue sums lag the day snapshots', {
        sumsThrough: sums?.throughDay ?? null,
        lastSnapshot: overdue.lastDay,
      });
    logger.info('period metrics read', {
      quarter: window.quarter,
      final: window.final,
      read,
      repair,
      written,
      ms: {
        repair: Math.round(repaired - started),
        read: Math.round(readAt - started),
        tally: Math.round(tallied - readAt),
        write: Math.round(performance.now() - tallied),
      },
    });
    return { items: Object.values(read).reduce((sum, n) => sum + n, 0) };
  },
});
