import type { LocalStack } from '#infra/local/stack';
import type { KnownRow, Targets } from './world';
import { post, uniqueName } from './world';

type Headers = Record<string, string>;

/**
 * campaigns (自查清单): own = a 武进区 campaign of the 武进区 admin; sameDistrict = the city's campaign to 武进区
 * (the district admin follows it, may not send it); otherDistrict = a 溧阳市 campaign of the 溧阳市 admin. All
 * sent, so the 武进区 enterprises (the enterprise user's among them) were sent the first two. `ownedSame` is a
 * second 武进区 campaign: the send cells' sameDistrict target (the city's may be sent only by the city).
 */
export interface CampaignWorld {
  campaigns: Targets;
  ownedSameCampaign: string;
  campaignRows: KnownRow[];
}

export const validCampaign = (filter: Record<string, string> = {}) => ({
  title: uniqueName('自查清单'),
  items: [{ text: '安全出口畅通' }, { text: '消防器材完好有效' }],
  filter,
  deadline: '2099-12-31',
  reminderDays: 3,
});

/** A campaign made and sent by `by`: its id (the small world is sent within the send request). */
export async function sentCampaign(
  stack: LocalStack,
  by: Headers,
  filter: Record<string, string>,
): Promise<string> {
  const made = (await post(stack, by, '/api/campaigns', validCampaign(filter))) as unknown;
  const { campaignId } = made as { campaignId: string };
  await post(stack, by, `/api/campaigns/${campaignId}/send`, undefined);
  return campaignId;
}

/** The answers of the world's two-item campaigns. */
export const validAnswers = () => ({
  answers: [
    { itemId: 'item-1', result: 'pass' },
    { itemId: 'item-2', result: 'na', note: '本企业无消防器材配置要求' },
  ],
});

export async function campaignsOf(
  stack: LocalStack,
  headers: { cityAdmin: Headers; districtAdmin: Headers },
  liyangAdmin: Headers,
): Promise<CampaignWorld> {
  const campaigns: Targets = {
    own: await sentCampaign(stack, headers.districtAdmin, { districtId: 'wujin' }),
    sameDistrict: await sentCampaign(stack, headers.cityAdmin, { districtId: 'wujin' }),
    otherDistrict: await sentCampaign(stack, liyangAdmin, {}),
  };
  const ownedSameCampaign = await sentCampaign(stack, headers.districtAdmin, {});
  const campaignRows: KnownRow[] = [
    { id: campaigns.own, place: { districtId: 'wujin' } },
    { id: campaigns.sameDistrict, place: { districtId: 'wujin' } },
    { id: campaigns.otherDistrict, place: { districtId: 'liyang' } },
    { id: ownedSameCampaign, place: { districtId: 'wujin' } },
  ];
  return { campaigns, ownedSameCampaign, campaignRows };
}
