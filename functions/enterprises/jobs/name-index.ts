import { repairEnterpriseNameIndex } from '#functions/enterprises/store/name-index-repair';
import { businessDay } from '#functions/platform/clock';
import { jobHandler } from '#functions/platform/jobs/job';
import { logger } from '#functions/platform/logger';

/**
 * Nightly: the enterprise name index made to agree with the enterprises (missing tokens put, stale ones
 * deleted), after crashes between a record's write and its tokens' or data written before the index existed.
 */
export const handler = jobHandler('enterprise-name-index', {
  periodKey: businessDay,
  run: async ({ segment, totalSegments }) => {
    const repaired = await repairEnterpriseNameIndex(segment, totalSegments);
    logger.info('enterprise name index repaired', { ...repaired });
    return { items: repaired.enterprises };
  },
});
