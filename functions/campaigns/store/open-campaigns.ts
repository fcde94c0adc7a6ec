import type { CampaignStatus } from '#functions/campaigns/schemas';
import { campaign } from '#functions/campaigns/store/entities/campaign';
import { campaignTarget } from '#functions/campaigns/store/entities/target';
import type { CampaignItem } from '#functions/campaigns/store/views';

/** Every campaign in `status` (the jobs): one static partition, a filter; a city makes a few dozen a year. */
export async function campaignsIn(status: CampaignStatus): Promise<CampaignItem[]> {
  const { data } = await campaign.query
    .byCity({})
    .where((a, op) => op.eq(a.status, status))
    .go({ pages: 'all' });
  return data;
}

/** The enterprise ids of a campaign's targets in a district that have not answered (the reminder's list). */
export async function notDoneTargets(campaignId: string, districtId: string): Promise<string[]> {
  const { data } = await campaignTarget.query
    .byCampaignDistrict({ campaignId, districtId })
    .where((a, op) => op.notExists(a.submittedAt))
    .go({ pages: 'all', attributes: ['enterpriseId', 'campaignId', 'districtId'] });
  return data.map((row) => row.enterpriseId);
}
