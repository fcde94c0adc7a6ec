import { randomUUID } from 'node:crypto';
import * as z from 'zod';
import { backoffMs, MAX_ATTEMPTS, parseQuietHours, quietUntil } from '#functions/messages/domain/policy';
import {
  DEFAULT_RATE_PER_SECOND,
  inFlightFor,
  providerMaxRate,
  runRate,
} from '#functions/messages/domain/rate';
import { dueQueuesOf } from '#functions/messages/domain/shards';
import { providerFromEnv, type SmsProvider } from '#functions/messages/providers';
import {
  type Claim,
  claimMessage,
  deferMessage,
  dueMessages,
  markFailed,
  markSent,
  releaseClaim,
  reserveDailySlot,
} from '#functions/messages/store/dispatch';
import type { MessageItem } from '#functions/messages/store/outbox';
import { businessDay, nextBusinessDayStart } from '#functions/platform/clock';
import { mapLimit, sleep } from '#functions/platform/concurrency';
import { jobHandler } from '#functions/platform/jobs/job';
import { logger } from '#functions/platform/logger';
import { maskPhone } from '#functions/platform/phone';

/** A claim lasts this long: a send times out after 5 s, so only a dead run lets a lease run out. */
export const LEASE_MS = 2 * 60_000;
/** The run stops claiming after this much wall time (the function's timeout is 60 s). */
export const CLAIM_BUDGET_MS = 45_000;
const PAGE = 100;

const env = z
  .object({
    SMS_RATE_PER_SECOND: z.coerce.number().positive().max(10_000).default(DEFAULT_RATE_PER_SECOND),
    SMS_PROVIDER_MAX_RATE: z.coerce.number().positive().max(10_000).optional(),
    SMS_DAILY_CAP: z.coerce.number().int().min(1).default(10),
    SMS_QUIET_HOURS: z.string().default('22:00-07:00'),
  })
  .parse(process.env);
const quietHours = parseQuietHours(env.SMS_QUIET_HOURS);
const provider: SmsProvider = providerFromEnv();
const maxRate = env.SMS_PROVIDER_MAX_RATE ?? providerMaxRate[provider.name];
if (env.SMS_RATE_PER_SECOND > maxRate)
  logger.warn('SMS_RATE_PER_SECOND above the provider limit: capped', {
    configured: env.SMS_RATE_PER_SECOND,
    providerMax: maxRate,
  });

/** Test seams: `afterSend` runs between the provider's answer and the SENT mark (a crash there is the case). */
export const dispatchHooks: {
  afterSend?: (message: MessageItem) => void | Promise<void>;
  random?: () => number;
} = {};

const minuteSlot = (at: Date) =>
  new Date(Math.floor(at.getTime() / 60_000) * 60_000).toISOString().slice(0, 16);

/** `taken`: another run claimed it first; `lost`: the lease ran out before the mark; `skipped`: out of time. */
type Outcome = 'sent' | 'failed' | 'dead' | 'deferred' | 'capped' | 'taken' | 'lost' | 'skipped' | 'error';

/** Paces sends to SMS_RATE_PER_SECOND in wall time. */
function pacer(perSecond: number) {
  const started = performance.now();
  let issued = 0;
  return async () => {
    const slot = started + (issued * 1000) / perSecond;
    issued += 1;
    const wait = slot - performance.now();
    if (wait > 0) await sleep(wait);
  };
}

async function sendClaimed(claim: Claim, now: Date, countedDay: string | undefined): Promise<Outcome> {
  const item = claim.item;
  const started = performance.now();
  let providerMessageId: string;
  try {
    ({ providerMessageId } = await provider.send({
      idempotencyKey: item.idempotencyKey,
      phone: item.recipient.phone,
      text: item.text,
      template: item.template,
      params: (item.params ?? {}) as Record<string, string>,
    }));
  } catch (error) {
    const ms = Math.round(performance.now() - started);
    const reason = error instanceof Error ? error.message : String(error);
    const retryAt =
      claim.attempt >= MAX_ATTEMPTS
        ? null
        : new Date(now.getTime() + backoffMs(claim.attempt, (dispatchHooks.random ?? Math.random)()));
    const marked = await markFailed(
      claim,
      { at: now.toISOString(), outcome: 'FAILED', provider: provider.name, error: reason.slice(0, 300), ms },
      retryAt,
      countedDay,
      now,
    );
    logger.warn('sms failed', {
      messageId: item.messageId,
      phone: maskPhone(item.recipient.phone),
      attempt: claim.attempt,
      error: reason,
      retryAt: retryAt?.toISOString() ?? null,
    });
    return !marked ? 'lost' : retryAt ? 'failed' : 'dead';
  }
  const ms = Math.round(performance.now() - started);
  await dispatchHooks.afterSend?.(item);
  const marked = await markSent(
    claim,
    { at: now.toISOString(), outcome: 'SENT', provider: provider.name, providerMessageId, ms },
    countedDay,
    now,
  );
  logger.info('sms sent', { messageId: item.messageId, phone: maskPhone(item.recipient.phone), ms, marked });
  return marked ? 'sent' : 'lost';
}

/**
 * One message; an unexpected error (the table, a crash after the send) leaves it SENDING until its lease runs
 * out, when a later run sends it again with the same idempotency key.
 */
async function dispatchSafely(item: MessageItem, now: Date, pace: () => Promise<void>): Promise<Outcome> {
  try {
    return await dispatchOne(item, now, pace);
  } catch (error) {
    logger.error('sms dispatch error', {
      messageId: item.messageId,
      phone: maskPhone(item.recipient.phone),
      error,
    });
    return 'error';
  }
}

async function dispatchOne(item: MessageItem, now: Date, pace: () => Promise<void>): Promise<Outcome> {
  const quietEnd = item.urgent ? null : quietUntil(now, quietHours);
  if (quietEnd && item.status !== 'SENDING') {
    await deferMessage(item, quietEnd, now);
    return 'deferred';
  }
  const claim = await claimMessage(item, randomUUID(), now, LEASE_MS);
  if (!claim) return 'taken';
  if (quietEnd) {
    // A crashed run's message, found in quiet hours: back to waiting until they end.
    await releaseClaim(claim, quietEnd, now);
    return 'deferred';
  }
  const day = businessDay(now);
  let countedDay: string | undefined;
  if (claim.item.countedDay !== day) {
    if (!(await reserveDailySlot(item.recipient.phone, day, env.SMS_DAILY_CAP, now))) {
      // Where a message over its recipient's daily cap goes: the next Asia/Shanghai day.
      await releaseClaim(claim, nextBusinessDayStart(now), now);
      logger.info('sms deferred: daily cap', {
        messageId: item.messageId,
        phone: maskPhone(item.recipient.phone),
      });
      return 'capped';
    }
    countedDay = day;
  }
  await pace();
  return sendClaimed(claim, now, countedDay);
}

type Counts = Record<Outcome, number>;
const zeroCounts = (): Counts => ({
  sent: 0,
  failed: 0,
  dead: 0,
  deferred: 0,
  capped: 0,
  taken: 0,
  lost: 0,
  skipped: 0,
  error: 0,
});

/** One walk of this run's due partitions: a page of each per round, the round's messages oldest first. */
async function drain(queues: string[], at: Date, perSecond: number, counts: Counts): Promise<void> {
  const started = performance.now();
  const pace = pacer(perSecond);
  const seen = new Set<string>();
  let open = queues.map((queue) => ({ queue, cursor: null as string | null }));
  while (open.length > 0 && performance.now() - started <= CLAIM_BUDGET_MS) {
    const pages = await Promise.all(open.map(({ queue, cursor }) => dueMessages(queue, at, PAGE, cursor)));
    const fresh = pages
      .flatMap((page) => page.data)
      .filter((item) => !seen.has(item.messageId))
      .sort((a, b) => (a.nextAttemptAt ?? '').localeCompare(b.nextAttemptAt ?? ''));
    for (const item of fresh) seen.add(item.messageId);
    const outcomes = await mapLimit(fresh, inFlightFor(perSecond), (item) =>
      performance.now() - started > CLAIM_BUDGET_MS
        ? Promise.resolve<Outcome>('skipped')
        : dispatchSafely(item, at, pace),
    );
    for (const outcome of outcomes) counts[outcome] += 1;
    open = open
      .map((walk, index) => ({ ...walk, cursor: pages[index]?.cursor ?? null }))
      .filter((w) => w.cursor);
  }
}

/**
 * The outbox dispatcher (ARCHITECTURE.md §8), every minute: due messages oldest first, each claimed with a
 * conditional write, paced to SMS_RATE_PER_SECOND, capped per recipient and day, non-urgent ones held back in
 * quiet hours. It stops taking new work after 45 s; what is left is due for the next run. Several runs may
 * work at once: `{segment, totalSegments}` gives each its own shards of the due index and its share of the
 * rate; runs that overlap anyway (a manual run, a late schedule) cannot send twice, the claim is conditional.
 */
export const handler = jobHandler('sms-dispatch', {
  periodKey: minuteSlot,
  run: async ({ at, segment, totalSegments }) => {
    const counts = zeroCounts();
    const perSecond = runRate(env.SMS_RATE_PER_SECOND, maxRate, totalSegments);
    await drain(dueQueuesOf(segment, totalSegments), at, perSecond, counts);
    logger.info('sms dispatch', { ...counts, perSecond });
    return { items: counts.sent + counts.failed + counts.dead, ...counts };
  },
});
