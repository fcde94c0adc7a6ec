import { allAgencies } from '#functions/agencies/index';
import { repairCounter } from '#functions/agency-deductions/store/repair';
import { businessDay } from '#functions/platform/clock';
import { jobHandler } from '#functions/platform/jobs/job';
import { logger } from '#functions/platform/logger';

/**
 * Recomputes every agency's score counter of the current year (and, in January, of the last year, whose late
 * revocations still move it) from its deductions, and fixes drift.
 */
export async function repairScores(at: Date) {
  const today = businessDay(at);
  const year = Number(today.slice(0, 4));
  const years = today.slice(5, 7) === '01' ? [year - 1, year] : [year];
  const agencies = await allAgencies();
  const tally = { ok: 0, fixed: 0, busy: 0 };
  for (const { agencyId } of agencies)
    for (const y of years) tally[await repairCounter(agencyId, y, at)] += 1;
  if (tally.fixed > 0 || tally.busy > 0) logger.warn('agency score counters repaired', tally);
  return { ...tally, items: agencies.length * years.length };
}

export const handler = jobHandler('agency-score-repair', {
  periodKey: businessDay,
  run: async ({ at }) => repairScores(at),
});
