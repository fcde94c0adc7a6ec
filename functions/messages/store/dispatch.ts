/** The dispatcher's side of the outbox: due messages, the claim and its lease, the marks, the daily cap. */

import { dueQueueOf, dueQueuesOf } from '#functions/messages/domain/shards';
import { message, smsDailyCount } from '#functions/messages/store/entities/message';
import { historyOf, type MessageAttempt, type MessageItem } from '#functions/messages/store/outbox';
import { isConditionFailure } from '#functions/platform/conditions';

/** Messages of one due partition (a shard or the legacy one) due at `now` (nextAttemptAt ≤ now), oldest first. */
export async function dueMessages(
  dueQueue: string,
  now: Date,
  limit: number,
  cursor: string | null,
): Promise<{ data: MessageItem[]; cursor: string | null }> {
  return message.query
    .due({ dueQueue })
    .lte({ nextAttemptAt: now.toISOString() })
    .go({ limit, count: limit, cursor, order: 'asc' });
}

/** Whether any partition holds a message due at `now` (one item read per partition). */
export async function anyDue(now: Date): Promise<boolean> {
  const pages = await Promise.all(dueQueuesOf(0, 1).map((queue) => dueMessages(queue, now, 1, null)));
  return pages.some((page) => page.data.length > 0);
}

export interface Claim {
  item: MessageItem;
  claimId: string;
  /** The attempt this claim makes (1-based). */
  attempt: number;
}

/**
 * Takes a message for one send: PENDING or FAILED, or SENDING whose lease has run out (a crashed run). The
 * condition also pins the attempt count read, so two dispatchers cannot both take it. While SENDING the
 * message stays in the due index with `nextAttemptAt` = the lease's end: if this run dies, it is due again then.
 */
export async function claimMessage(
  item: MessageItem,
  claimId: string,
  now: Date,
  leaseMs: number,
): Promise<Claim | null> {
  const at = now.toISOString();
  const leaseUntil = new Date(now.getTime() + leaseMs).toISOString();
  const attempt = item.attempts + 1;
  try {
    const { data } = await message
      .patch({ messageId: item.messageId })
      .set({
        status: 'SENDING',
        claimId,
        leaseUntil,
        dueQueue: dueQueueOf(item.messageId),
        nextAttemptAt: leaseUntil,
        attempts: attempt,
        updatedAt: at,
      })
      // Parenthesized: ElectroDB puts its attribute_exists checks before it with AND, which binds tighter than OR.
      .where(
        (a, op) =>
          `${op.eq(a.attempts, item.attempts)} AND (${op.eq(a.status, 'PENDING')} OR ${op.eq(a.status, 'FAILED')} OR (${op.eq(a.status, 'SENDING')} AND ${op.lte(a.leaseUntil, at)}))`,
      )
      .go({ response: 'all_new' });
    return { item: data as MessageItem, claimId, attempt };
  } catch (error) {
    if (isConditionFailure(error)) return null;
    throw error;
  }
}

/** Moves a waiting (PENDING/FAILED) message's next attempt, if nobody changed it since it was read. */
export async function deferMessage(item: MessageItem, until: Date, now: Date): Promise<boolean> {
  try {
    await message
      .patch({ messageId: item.messageId })
      .set({
        dueQueue: dueQueueOf(item.messageId),
        nextAttemptAt: until.toISOString(),
        updatedAt: now.toISOString(),
      })
      .where(
        (a, op) =>
          `${op.eq(a.attempts, item.attempts)} AND (${op.eq(a.status, 'PENDING')} OR ${op.eq(a.status, 'FAILED')})`,
      )
      .go({ response: 'none' });
    return true;
  } catch (error) {
    if (isConditionFailure(error)) return false;
    throw error;
  }
}

/** Gives a claimed message back unsent (over its recipient's daily cap): the attempt does not count. */
export async function releaseClaim(claim: Claim, until: Date, now: Date): Promise<boolean> {
  const previous = claim.item.history && historyOf(claim.item).length > 0 ? 'FAILED' : 'PENDING';
  return conditional(
    message
      .patch({ messageId: claim.item.messageId })
      .set({
        status: previous,
        attempts: claim.attempt - 1,
        dueQueue: dueQueueOf(claim.item.messageId),
        nextAttemptAt: until.toISOString(),
        updatedAt: now.toISOString(),
      })
      .remove(['claimId', 'leaseUntil'])
      .where(heldBy(claim.claimId))
      .go({ response: 'none' }),
  );
}

/** SENT, if this claim still holds the message; leaves the due index. */
export async function markSent(
  claim: Claim,
  attempt: MessageAttempt,
  countedDay: string | undefined,
  now: Date,
): Promise<boolean> {
  return conditional(
    message
      .patch({ messageId: claim.item.messageId })
      .set({
        status: 'SENT',
        sentAt: now.toISOString(),
        providerMessageId: attempt.providerMessageId ?? '',
        history: [...historyOf(claim.item), attempt],
        updatedAt: now.toISOString(),
        ...(countedDay ? { countedDay } : {}),
      })
      .remove(['dueQueue', 'nextAttemptAt', 'leaseUntil', 'claimId', 'lastError'])
      .where(heldBy(claim.claimId))
      .go({ response: 'none' }),
  );
}

/** FAILED with the next attempt at `retryAt`, or DEAD (out of the due index) when there is none. */
export async function markFailed(
  claim: Claim,
  attempt: MessageAttempt,
  retryAt: Date | null,
  countedDay: string | undefined,
  now: Date,
): Promise<boolean> {
  const common = {
    lastError: attempt.error ?? '发送失败',
    history: [...historyOf(claim.item), attempt],
    updatedAt: now.toISOString(),
    ...(countedDay ? { countedDay } : {}),
  };
  const patch = message.patch({ messageId: claim.item.messageId });
  return conditional(
    (retryAt
      ? patch
          .set({
            ...common,
            status: 'FAILED',
            dueQueue: dueQueueOf(claim.item.messageId),
            nextAttemptAt: retryAt.toISOString(),
          })
          .remove(['leaseUntil', 'claimId'])
      : patch
          .set({ ...common, status: 'DEAD' })
          .remove(['dueQueue', 'nextAttemptAt', 'leaseUntil', 'claimId'])
    )
      .where(heldBy(claim.claimId))
      .go({ response: 'none' }),
  );
}

/** The condition of every write after a claim: this claim still holds the message. */
const heldBy =
  (claimId: string) =>
  (
    a: { claimId: unknown; status: unknown },
    op: { eq: (attribute: never, value: string) => string },
  ): string =>
    `${op.eq(a.claimId as never, claimId)} AND ${op.eq(a.status as never, 'SENDING')}`;

/** True if the conditional write happened, false if its condition did not hold. */
async function conditional(write: Promise<unknown>): Promise<boolean> {
  try {
    await write;
    return true;
  } catch (error) {
    if (isConditionFailure(error)) return false;
    throw error;
  }
}

/**
 * Counts one message against its recipient's cap for the Asia/Shanghai `day`: a conditional increment (an
 * upsert) that fails once the count has reached `cap`. Concurrent dispatchers cannot exceed the cap.
 */
export async function reserveDailySlot(phone: string, day: string, cap: number, now: Date): Promise<boolean> {
  const expiresAt = Math.floor(now.getTime() / 1000) + 3 * 24 * 3600;
  return conditional(
    smsDailyCount
      .update({ phone, day })
      .add({ count: 1 })
      .set({ expiresAt })
      .where((a, op) => `(${op.notExists(a.count)} OR ${op.lt(a.count, cap)})`)
      .go({ response: 'none' }),
  );
}
