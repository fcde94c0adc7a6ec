import { businessDay, now } from '#functions/platform/clock';
import { jobHandler } from '#functions/platform/jobs/job';
import { statsSlot } from '#functions/stats/domain/schedule';
import { tallyStats } from '#functions/stats/domain/tally';
import { readCensus } from '#functions/stats/store/census';
import { saveStatsSnapshots } from '#functions/stats/store/snapshots';

/**
 * Recomputes the dashboard's counts every few minutes (until the metrics snapshots replace them): reads every
 * enterprise, account and the day's messages once, counts them in memory, and replaces one snapshot per area.
 * Idempotent per slot; a run killed half-way leaves the older snapshots, which the next run replaces.
 */
export const handler = jobHandler('stats', {
  periodKey: statsSlot,
  run: async ({ at }) => {
    const census = await readCensus(businessDay(at));
    const snapshots = tallyStats({ ...census, generatedAt: now().toISOString() });
    await saveStatsSnapshots(snapshots);
    return {
      items: census.enterprises.length + census.accounts.length + census.messages.length,
      snapshots: snapshots.length,
    };
  },
});
