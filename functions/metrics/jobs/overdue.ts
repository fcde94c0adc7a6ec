import { type OverduePeriod, overduePeriod } from '#functions/metrics/domain/overdue-period';
import { type Rollup, rollUp } from '#functions/metrics/domain/overdue-rollup';
import { addPoints, mergeTallies, type Tally } from '#functions/metrics/domain/overdue-tally';
import { loadPartials, savePartial } from '#functions/metrics/store/overdue-partials';
import { publishOverdue } from '#functions/metrics/store/overdue-publish';
import { addDayToQuarterSums } from '#functions/metrics/store/overdue-quarter-sums';
import { mapLimit } from '#functions/platform/concurrency';
import { jobHandler } from '#functions/platform/jobs/job';
import { activePointPartitions, activePointsOf } from '#functions/risk-points/index';

/** Partitions read at once: dynalite and a Lambda's one vCPU gain nothing from more. */
const READERS = 4;

/** Reads this segment's share of the 28 active-point partitions (every `totalSegments`-th) into one tally. */
async function readTally(segment: number, totalSegments: number, asOf: Date) {
  const tally: Tally = new Map();
  let items = 0;
  const mine = activePointPartitions.filter((_, index) => index % totalSegments === segment);
  await mapLimit(mine, READERS, async (partition) => {
    for await (const points of activePointsOf(partition)) {
      addPoints(tally, points, asOf);
      items += points.length;
    }
  });
  return { tally, items };
}

/** Writes the snapshot; the run that ends a day also carries each enterprise's quarter sum of daily rates on. */
async function publish(period: OverduePeriod, rollup: Rollup): Promise<void> {
  await publishOverdue(period, rollup);
  if (period.day) await addDayToQuarterSums(period.day, rollup.enterprise);
}

/**
 * 风险逾期 snapshots, hourly; the run at Beijing 00:00 also writes the day that just ended. Reads every active
 * risk point once (the gsi3 partitions hold only active points), counts in memory and writes the enterprise,
 * town, district and city rows with the worst-enterprise lists; at midnight also each enterprise's running sum of
 * the quarter's daily rates (its own items, not the snapshots). A segment of several saves its partial tally;
 * the segment that then finds every partial saved merges and writes the snapshot (documented in the note).
 */
export const handler = jobHandler('overdue', {
  periodKey: (at) => overduePeriod(at).periodKey,
  run: async ({ at, segment, totalSegments }) => {
    const period = overduePeriod(at);
    const { tally, items } = await readTally(segment, totalSegments, period.asOf);
    if (totalSegments === 1) {
      await publish(period, rollUp(tally));
      return { items };
    }
    await savePartial(period.periodKey, segment, totalSegments, tally);
    const partials = await loadPartials(period.periodKey, totalSegments);
    if (partials) await publish(period, rollUp(mergeTallies(partials)));
    return { items };
  },
});
