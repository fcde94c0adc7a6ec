import type { EntityItem } from 'electrodb';
import { isClosed } from '#functions/campaigns/domain/deadline';
import { completionRate, progressRows, sumOf } from '#functions/campaigns/domain/progress';
import type { Campaign, Target, TargetFilter } from '#functions/campaigns/schemas';
import type { campaign } from '#functions/campaigns/store/entities/campaign';
import type { campaignTarget } from '#functions/campaigns/store/entities/target';

export type CampaignItem = EntityItem<typeof campaign>;
export type TargetItem = EntityItem<typeof campaignTarget>;

export function sentCounts(item: CampaignItem): Record<string, number> {
  return item.sentByDistrict ? (JSON.parse(item.sentByDistrict) as Record<string, number>) : {};
}

const pickCounts = (counts: Record<string, number>, districts: readonly string[]) =>
  Object.fromEntries(districts.map((id) => [id, counts[id] ?? 0]));

/**
 * A campaign as the console sees it: totals and progress restricted to `districts` (the caller's), so a
 * district admin sees its district's rate in a city campaign.
 */
export function campaignView(
  item: CampaignItem,
  submittedByDistrict: Record<string, number>,
  districts: readonly string[],
  now: Date,
  detail = false,
): Campaign {
  const sentBy = pickCounts(sentCounts(item), districts);
  const submittedBy = pickCounts(submittedByDistrict, districts);
  const [sent, submitted] = [sumOf(sentBy), sumOf(submittedBy)];
  return {
    id: item.campaignId,
    campaignId: item.campaignId,
    title: item.title,
    items: item.items.map(({ itemId, text }) => ({ itemId: itemId ?? '', text: text ?? '' })),
    filter: Object.fromEntries(
      Object.entries(item.filter).filter(([, value]) => value !== undefined),
    ) as TargetFilter,
    deadline: item.deadline,
    reminderDays: item.reminderDays,
    status: item.status,
    closed: isClosed(item.deadline, now),
    ...(item.ownerDistrictId ? { ownerDistrictId: item.ownerDistrictId } : {}),
    createdBy: item.createdBy,
    createdByName: item.createdByName,
    createdAt: item.createdAt,
    ...(item.sendStartedAt ? { sendStartedAt: item.sendStartedAt } : {}),
    ...(item.sentAt ? { sentAt: item.sentAt } : {}),
    sent,
    submitted,
    rate: completionRate(submitted, sent),
    ...(detail ? { progress: progressRows(districts, sentBy, submittedBy) } : {}),
  };
}

export function targetView(item: TargetItem, withAnswers = false): Target {
  return {
    id: item.enterpriseId,
    campaignId: item.campaignId,
    enterpriseId: item.enterpriseId,
    enterpriseName: item.enterpriseName,
    districtId: item.districtId,
    townId: item.townId,
    ...(item.gridId ? { gridId: item.gridId } : {}),
    sentAt: item.sentAt,
    ...(item.submittedAt ? { submittedAt: item.submittedAt } : {}),
    ...(item.submittedByName ? { submittedByName: item.submittedByName } : {}),
    failCount: item.failCount ?? 0,
    ...(withAnswers && item.answers
      ? {
          answers: item.answers.map((answer) => ({
            itemId: answer.itemId ?? '',
            result: answer.result ?? 'na',
            ...(answer.note ? { note: answer.note } : {}),
            photoIds: answer.photoIds ?? [],
            ...(answer.hazardId ? { hazardId: answer.hazardId } : {}),
          })),
        }
      : {}),
  };
}
