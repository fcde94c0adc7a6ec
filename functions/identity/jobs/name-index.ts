import { repairUserNameIndex } from '#functions/identity/store/user-name-index-repair';
import { businessDay } from '#functions/platform/clock';
import { jobHandler } from '#functions/platform/jobs/job';
import { logger } from '#functions/platform/logger';

/** Nightly: the user search index made to agree with the accounts (missing tokens put, stale ones deleted). */
export const handler = jobHandler('user-name-index', {
  periodKey: businessDay,
  run: async ({ segment, totalSegments }) => {
    const repaired = await repairUserNameIndex(segment, totalSegments);
    logger.info('user name index repaired', { ...repaired });
    return { items: repaired.users };
  },
});
