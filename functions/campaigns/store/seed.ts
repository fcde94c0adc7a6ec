import { shardOf } from '#functions/campaigns/domain/keys';
import type { CheckResult } from '#functions/campaigns/schemas';
import { campaign } from '#functions/campaigns/store/entities/campaign';
import { campaignCounter } from '#functions/campaigns/store/entities/counter';
import { campaignTarget } from '#functions/campaigns/store/entities/target';
import type { CampaignItem, TargetItem } from '#functions/campaigns/store/views';

export interface SeedTarget {
  enterpriseId: string;
  enterpriseName: string;
  districtId: string;
  townId: string;
  gridId?: string;
  /** Answered: when, by whom, and each item's result (in item order). */
  submitted?: { at: string; by: string; byName: string; results: CheckResult[] };
}

export interface SeedCampaign {
  campaign: Omit<CampaignItem, 'sent' | 'sentByDistrict' | 'status'>;
  targets: SeedTarget[];
  sentAt: string;
}

/**
 * A sent campaign written straight with BatchWriteItem (the demo city): its targets, their answers and the
 * counters that a live send and the answers would have left. No messages, no hazards.
 */
export async function putCampaignForSeed(input: SeedCampaign): Promise<void> {
  const { campaignId, items, title, deadline } = input.campaign;
  const sentBy: Record<string, number> = {};
  const slots = new Map<
    string,
    { districtId: string; shard: number; submitted: number; counted: string[] }
  >();
  const rows: TargetItem[] = input.targets.map((target) => {
    sentBy[target.districtId] = (sentBy[target.districtId] ?? 0) + 1;
    const { submitted, ...place } = target;
    if (!submitted) return { campaignId, ...place, title, deadline, sentAt: input.sentAt, failCount: 0 };
    const shard = shardOf(target.enterpriseId);
    const slot = slots.get(`${target.districtId}#${shard}`) ?? {
      districtId: target.districtId,
      shard,
      submitted: 0,
      counted: [],
    };
    slot.submitted += 1;
    slot.counted.push(target.enterpriseId);
    slots.set(`${target.districtId}#${shard}`, slot);
    const answers = items.map((item, index) => ({
      itemId: item.itemId ?? '',
      result: submitted.results[index] ?? 'pass',
      photoIds: [],
    }));
    return {
      campaignId,
      ...place,
      title,
      deadline,
      sentAt: input.sentAt,
      submittedAt: submitted.at,
      submittedBy: submitted.by,
      submittedByName: submitted.byName,
      failCount: answers.filter((answer) => answer.result === 'fail').length,
      answers,
    };
  });
  await campaign
    .put({
      ...input.campaign,
      status: 'sent',
      sendStartedAt: input.sentAt,
      sentAt: input.sentAt,
      sendChunk: 1,
      sent: rows.length,
      sentByDistrict: JSON.stringify(sentBy),
    })
    .go({ response: 'none' });
  await campaignCounter
    .put([...slots.values()].map((slot) => ({ campaignId, ...slot })))
    .go({ concurrent: 4 });
  for (let start = 0; start < rows.length; start += 2500)
    await campaignTarget.put(rows.slice(start, start + 2500)).go({ concurrent: 8 });
}
