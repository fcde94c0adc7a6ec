import { createHash } from 'node:crypto';
import type { EntityItem } from 'electrodb';
import { dueQueueOf } from '#functions/messages/domain/shards';
import { type RenderedSms, renderSms, type SmsTemplateCode } from '#functions/messages/domain/templates';
import type { Message } from '#functions/messages/schemas';
import { message } from '#functions/messages/store/entities/message';
import { isConditionFailure } from '#functions/platform/conditions';
import { maskPhone } from '#functions/platform/phone';

export type MessageItem = EntityItem<typeof message>;

export interface MessageAttempt {
  at: string;
  outcome: 'SENT' | 'FAILED';
  provider: string;
  providerMessageId?: string;
  error?: string;
  ms?: number;
}

export interface EnqueueInput {
  template: SmsTemplateCode;
  params: Record<string, unknown>;
  recipient: { userId?: string; name?: string; phone: string };
  /** Who asked: a user id, or `job:<name>` for jobs. */
  enqueuedBy: string;
  concerns?: { entity: string; id: string };
  districtId?: string;
  /** Overrides the template's own urgency (only ever to make a message urgent). */
  urgent?: boolean;
  /** Earliest send time; now unless given. */
  notBefore?: Date;
}

/** The message id for an idempotency key: derived from the key alone, so a repeat on any later day lands on the same item. */
export function messageIdFor(idempotencyKey: string): string {
  return createHash('sha256').update(`message#${idempotencyKey}`).digest('hex').slice(0, 32);
}

/** The PENDING message item an idempotency key and input make (rendered: a bad template or param throws here). */
export function pendingMessage(idempotencyKey: string, input: EnqueueInput, now: Date) {
  const rendered: RenderedSms = renderSms(input.template, input.params);
  const messageId = messageIdFor(idempotencyKey);
  const at = now.toISOString();
  return {
    messageId,
    idempotencyKey,
    template: rendered.template,
    params: rendered.params,
    text: rendered.text,
    segments: rendered.segments,
    recipient: input.recipient,
    status: 'PENDING' as const,
    urgent: input.urgent ?? rendered.urgent,
    attempts: 0,
    dueQueue: dueQueueOf(messageId),
    nextAttemptAt: (input.notBefore ?? now).toISOString(),
    history: [],
    ...(input.concerns ? { concerns: input.concerns } : {}),
    ...(input.districtId ? { districtId: input.districtId } : {}),
    place: input.districtId ?? 'none',
    enqueuedBy: input.enqueuedBy,
    createdAt: at,
    updatedAt: at,
  };
}

/**
 * Puts a PENDING message for `idempotencyKey` with `attribute_not_exists`: the same key again (a job run twice,
 * a retried event) finds the message already there and returns it unchanged, whatever its state.
 */
export async function enqueue(
  idempotencyKey: string,
  input: EnqueueInput,
  now: Date,
): Promise<{ message: MessageItem; created: boolean }> {
  const item = pendingMessage(idempotencyKey, input, now);
  const { messageId } = item;
  try {
    await message.create(item).go({ response: 'none' });
    const { data } = await message.get({ messageId }).go({ consistent: true });
    return { message: data ?? (item as MessageItem), created: true };
  } catch (error) {
    if (!isConditionFailure(error)) throw error;
  }
  const { data: existing } = await message.get({ messageId }).go({ consistent: true });
  if (!existing) throw new Error(`message ${messageId} for an existing key is missing`);
  return { message: existing, created: false };
}

/** The console's view: the phone masked everywhere (lists, detail, audit, logs). */
export function messageView(item: MessageItem): Message {
  return {
    id: item.messageId,
    idempotencyKey: item.idempotencyKey,
    template: item.template,
    params: (item.params ?? {}) as Record<string, string>,
    text: item.text,
    segments: item.segments,
    recipient: {
      ...(item.recipient.userId ? { userId: item.recipient.userId } : {}),
      ...(item.recipient.name ? { name: item.recipient.name } : {}),
      phone: maskPhone(item.recipient.phone) ?? '',
    },
    status: item.status,
    urgent: item.urgent,
    attempts: item.attempts,
    ...(item.nextAttemptAt ? { nextAttemptAt: item.nextAttemptAt } : {}),
    ...(item.lastError ? { lastError: item.lastError } : {}),
    ...(item.providerMessageId ? { providerMessageId: item.providerMessageId } : {}),
    ...(item.concerns?.entity && item.concerns.id
      ? { concerns: { entity: item.concerns.entity, id: item.concerns.id } }
      : {}),
    ...(item.districtId ? { districtId: item.districtId } : {}),
    enqueuedBy: item.enqueuedBy,
    createdAt: item.createdAt,
    updatedAt: item.updatedAt,
    ...(item.sentAt ? { sentAt: item.sentAt } : {}),
  };
}

export const historyOf = (item: MessageItem): MessageAttempt[] => (item.history ?? []) as MessageAttempt[];

export async function getMessageItem(messageId: string): Promise<MessageItem | null> {
  const { data } = await message.get({ messageId }).go({ consistent: true });
  return data;
}

// ── the dispatcher's side ──
