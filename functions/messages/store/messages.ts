import { dueQueueOf } from '#functions/messages/domain/shards';
import { smsTemplates } from '#functions/messages/domain/templates';
import type { Message, MessageStatus } from '#functions/messages/schemas';
import { CITY_PLACE, message } from '#functions/messages/store/entities/message';
import {
  enqueue,
  getMessageItem,
  historyOf,
  type MessageItem,
  messageView,
} from '#functions/messages/store/outbox';
import type { AuditRecord } from '#functions/platform/audit/record';
import { businessDayBounds } from '#functions/platform/clock';
import { isConditionFailure } from '#functions/platform/conditions';
import { ConflictError, NotFoundError } from '#functions/platform/errors';
import { newId } from '#functions/platform/ids';
import { fixedPage, type Page, type PageRequest, readPage } from '#functions/platform/pager';
import type { Principal } from '#functions/platform/principal';
import { inScope, listScope, scopedFilter } from '#functions/platform/scope';
import { mainTable } from '#functions/platform/tables';

export interface MessageFilter {
  status?: MessageStatus | undefined;
  template?: string | undefined;
  districtId?: string | undefined;
  /** Asia/Shanghai day. */
  date?: string | undefined;
}

/** The instants that bound an Asia/Shanghai day, as the stored ISO strings compare. */
function dayBounds(day: string): { from: string; to: string } {
  const { first, last } = businessDayBounds(day);
  return { from: first.toISOString(), to: last.toISOString() };
}

/**
 * The outbox as the console lists it, newest first: the city admin every message (gsi3 `byCity`) or one
 * district's (gsi2 `byDistrict`); a district admin its own district's only. The date is a sort-key range;
 * status and template are filters on that index. Phones masked.
 */
export async function listMessages(
  principal: Principal,
  filter: MessageFilter,
  request: PageRequest,
): Promise<Page<Message>> {
  const scoped = scopedFilter(listScope(principal), filter, ['districtId']);
  if (!scoped) return fixedPage(request);
  const { districtId } = scoped;
  const base = districtId
    ? message.query.byDistrict({ place: districtId })
    : message.query.byCity({ city: CITY_PLACE });
  const bounds = filter.date ? dayBounds(filter.date) : undefined;
  const ranged = bounds ? base.between({ createdAt: bounds.from }, { createdAt: bounds.to }) : base;
  const filtered = ranged.where((a, op) =>
    [
      filter.status ? op.eq(a.status, filter.status) : '',
      filter.template ? op.eq(a.template, filter.template) : '',
    ]
      .filter(Boolean)
      .join(' AND '),
  );
  return readPage(
    { table: mainTable, query: filtered },
    { ...request, filtered: !!(filter.status || filter.template), order: 'desc' },
    messageView,
  );
}

async function visibleMessage(principal: Principal, id: string): Promise<MessageItem> {
  const item = await getMessageItem(id);
  if (!item || !inScope(principal, { districtId: item.districtId ?? null })) throw new NotFoundError();
  return item;
}

/** A message with every attempt; out of the caller's scope = 404. */
export async function getMessage(
  principal: Principal,
  id: string,
): Promise<Message & { history: ReturnType<typeof historyOf> }> {
  const item = await visibleMessage(principal, id);
  return { ...messageView(item), history: historyOf(item) };
}

/** A template's Chinese name for the audit summary (its code, for a template no longer in the code). */
const templateLabel = (code: string) =>
  (smsTemplates as Record<string, { label: string } | undefined>)[code]?.label ?? code;

/** DEAD → PENDING with the attempts reset and due now; anything else is 409 (it is still being worked or sent). */
export async function resendMessage(
  principal: Principal,
  id: string,
  now: Date,
): Promise<{ message: Message; audit: AuditRecord }> {
  const before = await visibleMessage(principal, id);
  const refuse = () =>
    new ConflictError(
      'MESSAGE_NOT_DEAD',
      '只有已放弃（发送失败 5 次）的消息可以重发；该消息仍在发送队列中或已发送成功',
    );
  if (before.status !== 'DEAD') throw refuse();
  try {
    const { data } = await message
      .patch({ messageId: id })
      .set({
        status: 'PENDING',
        attempts: 0,
        dueQueue: dueQueueOf(id),
        nextAttemptAt: now.toISOString(),
        updatedAt: now.toISOString(),
      })
      .remove(['lastError'])
      .where((a, op) => op.eq(a.status, 'DEAD'))
      .go({ response: 'all_new' });
    const after = messageView(data as MessageItem);
    return {
      message: after,
      audit: {
        action: 'resend',
        entity: 'message',
        entityId: id,
        districtId: before.districtId ?? null,
        before: { status: before.status, attempts: before.attempts },
        after: { status: after.status, attempts: after.attempts },
        summary: `重发短信（${templateLabel(before.template)}）至 ${after.recipient.phone}`,
      },
    };
  } catch (error) {
    if (isConditionFailure(error)) throw refuse();
    throw error;
  }
}

/** An urgent `test` message to `phone`, its own key each time (`test#<ulid>`). */
export async function enqueueTestMessage(
  principal: Principal,
  phone: string,
  now: Date,
): Promise<{ message: Message; audit: AuditRecord }> {
  const { message: item } = await enqueue(
    `test#${newId(now)}`,
    { template: 'test', params: {}, recipient: { phone }, enqueuedBy: principal.userId, urgent: true },
    now,
  );
  const view = messageView(item);
  return {
    message: view,
    audit: {
      action: 'sendTest',
      entity: 'message',
      entityId: view.id,
      districtId: null,
      after: { template: view.template, status: view.status },
      summary: `发送测试短信至 ${view.recipient.phone}`,
    },
  };
}
