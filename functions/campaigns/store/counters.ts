import { shardOf } from '#functions/campaigns/domain/keys';
import { campaignCounter } from '#functions/campaigns/store/entities/counter';
import { isConditionFailure } from '#functions/platform/conditions';

/**
 * The submitted counts of a campaign by district: one query of its slots (≤ 7 × COUNTER_SHARDS items), reading
 * only the numbers (not the counted ids).
 */
export async function submittedByDistrict(campaignId: string): Promise<Record<string, number>> {
  const { data } = await campaignCounter.query
    .byCampaign({ campaignId })
    .go({ pages: 'all', attributes: ['districtId', 'submitted'] });
  const counts: Record<string, number> = {};
  for (const slot of data) counts[slot.districtId] = (counts[slot.districtId] ?? 0) + slot.submitted;
  return counts;
}

/**
 * Counts one submission of `enterpriseId` in its district's slot, at most once whatever the retries: the count
 * and the slot's set of counted ids move in the same conditional update (no transactions here), so a retry after
 * a crash anywhere in a submission finds the id there and counts nothing. ADD creates the slot on first use.
 */
export async function countSubmission(campaignId: string, districtId: string, enterpriseId: string) {
  try {
    await campaignCounter
      .update({ campaignId, districtId, shard: shardOf(enterpriseId) })
      .add({ submitted: 1, counted: [enterpriseId] })
      .where((a, op) => op.notContains(a.counted, enterpriseId))
      .go({ response: 'none' });
  } catch (error) {
    if (!isConditionFailure(error)) throw error;
  }
}
