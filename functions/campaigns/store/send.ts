import { inviteKey, phoneLink } from '#functions/campaigns/domain/keys';
import { addCounts, sumOf } from '#functions/campaigns/domain/progress';
import type { TargetFilter } from '#functions/campaigns/schemas';
import { campaign } from '#functions/campaigns/store/entities/campaign';
import { campaignTarget } from '#functions/campaigns/store/entities/target';
import { type CampaignItem, sentCounts } from '#functions/campaigns/store/views';
import {
  principalContacts,
  type TargetEnterprise,
  type TargetPosition,
  targetEnterprisePage,
} from '#functions/enterprises/index';
import { type EnqueueEntry, enqueueAll } from '#functions/messages/index';
import { mapLimit } from '#functions/platform/concurrency';
import { isConditionFailure } from '#functions/platform/conditions';
import { consoleOrigin } from '#functions/platform/env';
import type { Principal } from '#functions/platform/principal';

/** Enterprises a chunk reads (one index request) and records. */
export const CHUNK = 500;

/** Test seam: a throw there is a worker killed after the chunk's writes, before its checkpoint. */
export interface SendSeams {
  beforeCheckpoint?: (chunk: number) => void | Promise<void>;
}

/** The scope the targets are read in: the sender's, kept on the campaign when the send began. */
const senderOf = (item: CampaignItem): Principal => ({
  userId: item.createdBy,
  username: 'campaign-send',
  name: item.createdByName,
  role: item.senderRole === 'districtAdmin' ? 'districtAdmin' : 'cityAdmin',
  ...(item.senderDistrictId ? { districtId: item.senderDistrictId } : {}),
});

const positionOf = (item: CampaignItem): TargetPosition =>
  item.sendPosition ? (JSON.parse(item.sendPosition) as TargetPosition) : { p: 0, cursor: null };

/** One target row per enterprise, created once (a retried chunk finds its rows and leaves them, answers kept). */
async function recordTargets(item: CampaignItem, enterprises: TargetEnterprise[], at: string) {
  await mapLimit(enterprises, 16, async (firm) => {
    try {
      await campaignTarget
        .create({
          campaignId: item.campaignId,
          enterpriseId: firm.id,
          enterpriseName: firm.name,
          districtId: firm.districtId,
          townId: firm.townId,
          ...(firm.gridId ? { gridId: firm.gridId } : {}),
          title: item.title,
          deadline: item.deadline,
          sentAt: at,
        })
        .go({ response: 'none' });
    } catch (error) {
      if (!isConditionFailure(error)) throw error;
    }
  });
}

/** The invitations of a chunk: one per enterprise with a principal's phone, keyed per campaign and enterprise. */
async function invitations(item: CampaignItem, enterprises: TargetEnterprise[]): Promise<EnqueueEntry[]> {
  const contacts = await principalContacts(enterprises.map((firm) => firm.id));
  return enterprises.flatMap((firm) => {
    const phone = contacts.get(firm.id)?.phone;
    if (!phone) return [];
    const name = contacts.get(firm.id)?.name;
    return [
      {
        key: inviteKey(item.campaignId, firm.id),
        input: {
          template: 'selfCheckInvite' as const,
          params: {
            campaign: item.title,
            deadline: item.deadline,
            link: phoneLink(consoleOrigin(), item.campaignId),
          },
          recipient: { phone, ...(name ? { name } : {}) },
          enqueuedBy: 'job:campaign-send',
          concerns: { entity: 'campaign', id: item.campaignId },
          districtId: firm.districtId,
        },
      },
    ];
  });
}

/**
 * Sends one chunk of a campaign in state `sending`: reads the next page of targets, records them, enqueues
 * their invitations, then moves the checkpoint and the per-district counts in one update conditional on the
 * chunk number. Every write before the checkpoint is idempotent, so a worker killed half-way, or a second
 * worker on the same chunk, ends with each target and message once and the chunk counted once (the loser's
 * checkpoint fails its condition). Returns the campaign as it is after, or null when it is no longer sending.
 */
export async function sendChunk(
  item: CampaignItem,
  now: Date,
  seams: SendSeams = {},
): Promise<CampaignItem | null> {
  if (item.status !== 'sending') return null;
  const chunk = item.sendChunk ?? 0;
  const { data, next } = await targetEnterprisePage(
    senderOf(item),
    item.filter as TargetFilter,
    positionOf(item),
    CHUNK,
  );
  const at = now.toISOString();
  await recordTargets(item, data, at);
  await enqueueAll(await invitations(item, data), now);
  await seams.beforeCheckpoint?.(chunk);
  const chunkCounts: Record<string, number> = {};
  for (const firm of data) chunkCounts[firm.districtId] = (chunkCounts[firm.districtId] ?? 0) + 1;
  const counts = addCounts(sentCounts(item), chunkCounts);
  const done = next === null;
  try {
    const update = campaign.patch({ campaignId: item.campaignId }).set({
      sendChunk: chunk + 1,
      sentByDistrict: JSON.stringify(counts),
      sent: sumOf(counts),
      updatedAt: at,
      ...(done ? { status: 'sent' as const, sentAt: at } : { sendPosition: JSON.stringify(next) }),
    });
    await (done ? update.remove(['sendPosition']) : update)
      .where((a, op) =>
        chunk === 0
          ? `${op.eq(a.status, 'sending')} AND (${op.notExists(a.sendChunk)} OR ${op.eq(a.sendChunk, 0)})`
          : `${op.eq(a.status, 'sending')} AND ${op.eq(a.sendChunk, chunk)}`,
      )
      .go({ response: 'none' });
  } catch (error) {
    if (!isConditionFailure(error)) throw error;
    // Another worker checkpointed this chunk first: go on from where it left the campaign.
  }
  const { data: after } = await campaign.get({ campaignId: item.campaignId }).go({ consistent: true });
  return after && after.status === 'sending' ? after : null;
}

/** Sends chunks until the campaign is sent or `budgetMs` is spent; what is left, the campaign-send job goes on with. */
export async function runSend(
  campaignId: string,
  now: () => Date,
  budgetMs: number,
  seams: SendSeams = {},
): Promise<{ chunks: number; done: boolean }> {
  // Elapsed time, not the business clock (pinned in tests): performance.now()
  const started = performance.now();
  const { data } = await campaign.get({ campaignId }).go({ consistent: true });
  let current: CampaignItem | null = data ?? null;
  let chunks = 0;
  while (current && performance.now() - started < budgetMs) {
    current = await sendChunk(current, now(), seams);
    chunks += 1;
  }
  return { chunks, done: current === null };
}
