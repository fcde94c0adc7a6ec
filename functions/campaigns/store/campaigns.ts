import { itemIdAt } from '#functions/campaigns/domain/keys';
import type { Campaign, CampaignCreate, CampaignListQuery } from '#functions/campaigns/schemas';
import { submittedByDistrict } from '#functions/campaigns/store/counters';
import { campaign } from '#functions/campaigns/store/entities/campaign';
import { scopedTargetFilter, seen, visibleDistricts } from '#functions/campaigns/store/scope';
import { type CampaignItem, campaignView } from '#functions/campaigns/store/views';
import type { AuditRecord } from '#functions/platform/audit/record';
import { businessDay } from '#functions/platform/clock';
import { ValidationError } from '#functions/platform/errors';
import { newId } from '#functions/platform/ids';
import { type Page, readPage } from '#functions/platform/pager';
import type { Principal } from '#functions/platform/principal';
import { mainTable } from '#functions/platform/tables';

export async function findCampaign(campaignId: string): Promise<CampaignItem | null> {
  const { data } = await campaign.get({ campaignId }).go({ consistent: true });
  return data ?? null;
}

/** A draft campaign in the creator's scope (a district admin's is its district's own). Nothing is sent yet. */
export async function createCampaign(
  principal: Principal,
  input: CampaignCreate,
  now: Date,
): Promise<{ item: CampaignItem; audit: AuditRecord }> {
  const filter = await scopedTargetFilter(principal, input.filter, 'body.filter');
  if (input.deadline < businessDay(now))
    throw new ValidationError([
      { path: 'body.deadline', code: 'past_deadline', message: '截止日期不能早于今天，请重新选择' },
    ]);
  const at = now.toISOString();
  const item = {
    campaignId: newId(now),
    title: input.title,
    items: input.items.map((entry, index) => ({ itemId: itemIdAt(index), text: entry.text })),
    filter,
    ...(filter.districtId ? { targetDistrictId: filter.districtId } : {}),
    deadline: input.deadline,
    reminderDays: input.reminderDays,
    status: 'draft' as const,
    ...(principal.role === 'districtAdmin' && principal.districtId
      ? { ownerDistrictId: principal.districtId }
      : {}),
    createdBy: principal.userId,
    createdByName: principal.name,
    createdAt: at,
    updatedAt: at,
    sent: 0,
  } satisfies CampaignItem;
  await campaign.create(item).go({ response: 'none' });
  const audit: AuditRecord = {
    action: 'create',
    entity: 'campaign',
    entityId: item.campaignId,
    districtId: item.ownerDistrictId ?? null,
    after: { title: item.title, items: item.items.length, filter, deadline: item.deadline },
    summary: `新建自查清单“${item.title}”`,
  };
  return { item, audit };
}

/** One campaign with its progress by district, in the caller's scope (else 404). */
export async function showCampaign(principal: Principal, campaignId: string, now: Date): Promise<Campaign> {
  const item = seen(principal, await findCampaign(campaignId));
  return campaignView(item, await submittedByDistrict(campaignId), visibleDistricts(principal), now, true);
}

/** The campaigns the caller sees, newest first: one static partition, a filter for a district admin. */
export async function listCampaigns(
  principal: Principal,
  query: CampaignListQuery,
  now: Date,
): Promise<Page<Campaign>> {
  const { limit, cursor, status } = query;
  const district = principal.role === 'districtAdmin' ? (principal.districtId ?? '-') : null;
  const base = campaign.query.byCity({});
  const filtered =
    district || status
      ? base.where((a, op) => {
          const terms: string[] = [];
          if (status) terms.push(op.eq(a.status, status));
          if (district)
            terms.push(
              `(${op.eq(a.ownerDistrictId, district)} OR (${op.notExists(a.ownerDistrictId)} AND (${op.notExists(a.targetDistrictId)} OR ${op.eq(a.targetDistrictId, district)})))`,
            );
          return terms.join(' AND ');
        })
      : base;
  const found = await readPage(
    { table: mainTable, query: filtered },
    { limit, cursor, filtered: Boolean(district || status) },
    (item: CampaignItem) => item,
  );
  const districts = visibleDistricts(principal);
  const data = await Promise.all(
    found.data.map(async (item) =>
      campaignView(item, await submittedByDistrict(item.campaignId), districts, now),
    ),
  );
  return { data, nextCursor: found.nextCursor };
}
