import { coverageSlot, districtOrder } from '#functions/grid-coverage/domain/tally';
import { recountDistrict } from '#functions/grid-coverage/store/coverage';
import { jobHandler } from '#functions/platform/jobs/job';

/**
 * Recounts the grid coverage of the 7 districts every few minutes: each district's enterprises read once
 * (a projection of its byDistrict partition), counted in memory, one snapshot item per district replaced.
 * Idempotent per slot; a district that failed keeps its older snapshot until the next run.
 */
export const handler = jobHandler('grid-coverage', {
  periodKey: coverageSlot,
  run: async ({ at }) => {
    const counted = await Promise.all(districtOrder.map((districtId) => recountDistrict(districtId, at)));
    return { items: counted.reduce((sum, district) => sum + district.total, 0) };
  },
});
