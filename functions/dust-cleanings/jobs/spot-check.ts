import { spotCheckDay, spotCheckSample, spotCheckShare } from '#functions/dust-cleanings/domain/sample';
import { type CleaningItem, cleaningsOfDistrictDay } from '#functions/dust-cleanings/store/cleanings';
import { queueForReview } from '#functions/dust-cleanings/store/review-queue';
import { districtIds } from '#functions/platform/districts';
import { jobHandler } from '#functions/platform/jobs/job';
import { logger } from '#functions/platform/logger';

export interface SpotCheckCounts {
  day: string;
  share: number;
  /** The day's cleanings read (every town of the city). */
  cleanings: number;
  towns: number;
  sampled: number;
  /** Queue items this run created; a repeat creates none. */
  queued: number;
}

/** A cleaning someone decided on before the sample reached it is not queued again (its decision stands). */
const undecided = (cleaning: CleaningItem) => cleaning.review === 'none' || cleaning.review === 'queued';

/**
 * The spot check (抽查) of the day before `at`: reads the day's cleanings of each district (7 key conditions,
 * fewer requests than one per town, and no town list to read), draws each town's sample (every suspect one plus
 * `share` of the rest, deterministic) and queues it for the town officer. The draw sees all the day's cleanings
 * whatever their review, so a second run draws the same ones, and each is queued at most once.
 */
export async function runSpotCheck(
  at: Date,
  share = spotCheckShare(process.env.DUST_SPOT_CHECK_SHARE),
): Promise<SpotCheckCounts> {
  const day = spotCheckDay(at);
  const counts: SpotCheckCounts = { day, share, cleanings: 0, towns: 0, sampled: 0, queued: 0 };
  for (const districtId of districtIds) {
    const byTown = new Map<string, CleaningItem[]>();
    for await (const batch of cleaningsOfDistrictDay(districtId, day))
      for (const cleaning of batch) {
        const town = byTown.get(cleaning.townId);
        if (town) town.push(cleaning);
        else byTown.set(cleaning.townId, [cleaning]);
      }
    for (const [townId, cleanings] of byTown) {
      const sample = spotCheckSample(cleanings, share, day, townId).filter(undecided);
      counts.cleanings += cleanings.length;
      counts.towns += 1;
      counts.sampled += sample.length;
      counts.queued += await queueForReview(
        sample.map((c) => ({
          cleaningId: c.cleaningId,
          siteId: c.siteId,
          enterpriseId: c.enterpriseId,
          districtId: c.districtId,
          townId: c.townId,
          day: c.day,
          suspect: c.suspect,
          suspectReasons: c.suspectReasons,
        })),
        at,
      );
    }
  }
  logger.info('dust spot check done', { ...counts });
  return counts;
}

/** Daily at 08:30 (manifest cron): one run per sampled day, a failed one taken over by the next trigger. */
export const handler = jobHandler('dust-spot-check', {
  periodKey: spotCheckDay,
  run: async ({ at }) => {
    const counts = await runSpotCheck(at);
    return { items: counts.cleanings, ...counts };
  },
});
