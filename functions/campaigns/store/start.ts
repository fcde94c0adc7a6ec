import { isClosed } from '#functions/campaigns/domain/deadline';
import { findCampaign } from '#functions/campaigns/store/campaigns';
import { campaign } from '#functions/campaigns/store/entities/campaign';
import { canSend, seen } from '#functions/campaigns/store/scope';
import type { CampaignItem } from '#functions/campaigns/store/views';
import type { AuditRecord } from '#functions/platform/audit/record';
import { isConditionFailure } from '#functions/platform/conditions';
import { ConflictError, ForbiddenError } from '#functions/platform/errors';
import type { Principal } from '#functions/platform/principal';

/**
 * Draft → sending, once: a conditional update on `status = draft`. Sending again (a double click, a retry, a
 * second admin) finds it sending or sent and changes nothing: the send is recorded once, so its messages are too.
 */
export async function startSend(
  principal: Principal,
  campaignId: string,
  now: Date,
): Promise<{ item: CampaignItem; started: boolean; audit: AuditRecord }> {
  const item = seen(principal, await findCampaign(campaignId));
  if (!canSend(principal, item)) throw new ForbiddenError('只有创建该自查清单的单位可以发送');
  const audit = (started: boolean): AuditRecord => ({
    action: 'publish',
    entity: 'campaign',
    entityId: campaignId,
    districtId: item.ownerDistrictId ?? null,
    before: { status: item.status },
    after: { status: started ? 'sending' : item.status },
    summary: started ? `发送自查清单“${item.title}”` : `重复发送自查清单“${item.title}”（不重复下发）`,
  });
  if (item.status !== 'draft') return { item, started: false, audit: audit(false) };
  if (isClosed(item.deadline, now))
    throw new ConflictError('CAMPAIGN_CLOSED', `截止日期 ${item.deadline} 已过，不能再发送；请新建自查清单`);
  const at = now.toISOString();
  try {
    await campaign
      .patch({ campaignId })
      .set({
        status: 'sending',
        sendStartedAt: at,
        senderRole: principal.role,
        ...(principal.districtId && principal.role === 'districtAdmin'
          ? { senderDistrictId: principal.districtId }
          : {}),
        sendChunk: 0,
        sentByDistrict: '{}',
        sent: 0,
        updatedAt: at,
      })
      .where((a, op) => op.eq(a.status, 'draft'))
      .go({ response: 'none' });
  } catch (error) {
    if (!isConditionFailure(error)) throw error;
    const now2 = (await findCampaign(campaignId)) ?? item;
    return { item: now2, started: false, audit: audit(false) };
  }
  return { item: (await findCampaign(campaignId)) ?? item, started: true, audit: audit(true) };
}
