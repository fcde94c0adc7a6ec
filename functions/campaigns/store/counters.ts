import { shardOf } from '#functions/campaigns/domain/keys';
import { campaignCounter } from '#functions/campaigns/store/entities/counter';

/** The submitted counts of a campaign by district: one query of its slots (≤ 7 × COUNTER_SHARDS items). */
export async function submittedByDistrict(campaignId: string): Promise<Record<string, number>> {
  const { data } = await campaignCounter.query.byCampaign({ campaignId }).go({ pages: 'all' });
  const counts: Record<string, number> = {};
  for (const slot of data) counts[slot.districtId] = (counts[slot.districtId] ?? 0) + slot.submitted;
  return counts;
}

/** Counts one submission of `enterpriseId` in its district's slot (ADD creates the slot on first use). */
export async function countSubmission(campaignId: string, districtId: string, enterpriseId: string) {
  await campaignCounter
    .update({ campaignId, districtId, shard: shardOf(enterpriseId) })
    .add({ submitted: 1 })
    .go({ response: 'none' });
}
