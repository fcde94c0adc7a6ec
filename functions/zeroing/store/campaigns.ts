import { addDays } from '#functions/platform/clock';
import { NotFoundError } from '#functions/platform/errors';
import { newId } from '#functions/platform/ids';
import { type Page, type PageRequest, readPage } from '#functions/platform/pager';
import type { Principal } from '#functions/platform/principal';
import { mainTable } from '#functions/platform/tables';
import { ZEROING_DAYS, type ZeroingCampaign, type ZeroingCampaignCreate } from '#functions/zeroing/schemas';
import { type ZeroingCampaignItem, zeroingCampaign } from '#functions/zeroing/store/entities/campaign';
import { toCampaign } from '#functions/zeroing/store/views';

/** A new campaign: its end is 100 days after its start (百日) unless the city gave one. */
export async function createCampaign(
  principal: Principal,
  input: ZeroingCampaignCreate,
  now: Date,
): Promise<ZeroingCampaign> {
  const at = now.toISOString();
  const item: ZeroingCampaignItem = {
    campaignId: newId(now),
    name: input.name,
    startDate: input.startDate,
    endDate: input.endDate ?? addDays(input.startDate, ZEROING_DAYS),
    createdBy: principal.userId,
    createdByName: principal.name,
    createdAt: at,
    updatedAt: at,
  };
  await zeroingCampaign.create(item).go({ response: 'none' });
  return toCampaign(item);
}

/** The campaign, or 404 (the route's roles all see every campaign: it is the city's). */
export async function campaignItem(campaignId: string): Promise<ZeroingCampaignItem> {
  const { data } = await zeroingCampaign.get({ campaignId }).go();
  if (!data) throw new NotFoundError('百日清零行动不存在，请从行动列表重新进入');
  return data;
}

/** Every campaign, the latest start first (one small partition: a city runs a few a year). */
export function listCampaigns(request: PageRequest): Promise<Page<ZeroingCampaign>> {
  const query = zeroingCampaign.query.all({});
  return readPage({ table: mainTable, query }, { ...request, order: 'desc' }, toCampaign);
}
