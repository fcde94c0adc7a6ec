import { createHmac } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalJob } from '#infra/local/bindings';
import { runJob } from '#infra/local/scheduler';
import type { LocalStack } from '#infra/local/stack';
import { signedIn } from '#tests/fixtures/auth';
import { callApi, startTestStack } from '#tests/fixtures/local-stack';
import { dispatcherOf, useHttpSmsGateway } from '#tests/fixtures/sms-gateway';

/**
 * The dispatcher against a real HTTP gateway (node:http on a free port) that honours the idempotency key:
 * a key it has delivered answers with the first messageId and is not delivered again. Keys starting `fault#`
 * meet random 500s and timeouts (some after delivering), `fail#` always 500, anything else succeeds.
 */
const SECRET = 'gateway-test-secret';
const deliveries = new Map<string, number>();
const firstIds = new Map<string, string>();
let requests = 0;
let badSignatures = 0;
let seed = 20261130;
/** Deterministic: the same faults every run (a small LCG). */
const random = () => {
  seed = (seed * 1103515245 + 12345) % 2 ** 31;
  return seed / 2 ** 31;
};

function deliver(key: string): string {
  const known = firstIds.get(key);
  if (known) return known;
  deliveries.set(key, (deliveries.get(key) ?? 0) + 1);
  const id = `gw-${firstIds.size + 1}`;
  firstIds.set(key, id);
  return id;
}

function gateway(): Server {
  return createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      requests += 1;
      const raw = Buffer.concat(chunks).toString('utf8');
      const expected = createHmac('sha256', SECRET).update(raw).digest('hex');
      const key = String(request.headers['idempotency-key'] ?? '');
      const body = JSON.parse(raw) as { id: string };
      if (request.headers['x-changan-signature'] !== expected || body.id !== key) {
        badSignatures += 1;
        response.writeHead(401).end();
        return;
      }
      const answer = (status: number, json?: unknown) =>
        response
          .writeHead(status, { 'content-type': 'application/json' })
          .end(json ? JSON.stringify(json) : '');
      if (key.startsWith('fail#')) return answer(500, { error: 'down' });
      if (key.startsWith('fault#')) {
        const roll = random();
        if (roll < 0.2) return answer(500, { error: 'random' });
        if (roll < 0.25) {
          setTimeout(() => answer(200, { messageId: 'late' }), 600); // never delivered, answers too late
          return;
        }
        if (roll < 0.3) {
          const id = deliver(key); // delivered, but the answer comes after the caller gave up
          setTimeout(() => answer(200, { messageId: id }), 600);
          return;
        }
      }
      answer(200, { messageId: deliver(key) });
    });
  });
}

let server: Server;
let stack: LocalStack;
let dispatcher: LocalJob;
let restoreEnv: (() => void) | undefined;
let outbox: typeof import('#functions/messages/store/outbox');
let hooks: typeof import('#functions/messages/jobs/dispatch')['dispatchHooks'];
let city: Record<string, string>;

const enqueueAt = (key: string, phone: string, now: Date) =>
  outbox.enqueue(
    key,
    {
      template: 'campaignRemind',
      params: { campaign: '冬季消防安全', deadline: '2026-12-31' },
      recipient: { phone },
      enqueuedBy: 'job:test',
      districtId: 'wujin',
    },
    now,
  );
const stored = async (id: string) => {
  const item = await outbox.getMessageItem(id);
  if (!item) throw new Error(`message ${id} missing`);
  return item;
};
const minutes = (from: Date, n: number) => new Date(from.getTime() + n * 60_000);

beforeAll(async () => {
  server = gateway();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  restoreEnv = useHttpSmsGateway((server.address() as AddressInfo).port, SECRET, {
    SMS_HTTP_TIMEOUT_MS: '300',
  });
  stack = await startTestStack();
  outbox = await import('#functions/messages/store/outbox');
  hooks = (await import('#functions/messages/jobs/dispatch')).dispatchHooks;
  dispatcher = dispatcherOf(stack);
  city = (await signedIn(stack, { role: 'cityAdmin' })).headers;
}, 60_000);

afterAll(async () => {
  restoreEnv?.();
  await stack?.stop();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

describe('delivery through the http provider', () => {
  it('retries a failing gateway with backoff and gives up as DEAD after 5 attempts', async () => {
    // Prepare: 10:00 Beijing time
    const start = new Date('2026-12-07T02:00:00Z');
    const { message } = await enqueueAt('fail#1', '13700000001', start);

    // Act
    await runJob(dispatcher, minutes(start, 1));
    const first = await stored(message.messageId);
    let at = minutes(start, 1);
    for (let run = 0; run < 20 && (await stored(message.messageId)).status !== 'DEAD'; run += 1) {
      at = minutes(at, 1);
      await runJob(dispatcher, at);
    }
    const dead = await stored(message.messageId);

    // Assess
    expect(first.status).toBe('FAILED');
    expect(first.attempts).toBe(1);
    const wait = new Date(first.nextAttemptAt ?? '').getTime() - minutes(start, 1).getTime();
    expect(wait).toBeGreaterThanOrEqual(24_000);
    expect(wait).toBeLessThanOrEqual(36_000);
    expect(first.lastError).toBe('短信网关返回 500');
    expect(dead.status).toBe('DEAD');
    expect(dead.attempts).toBe(5);
    expect(outbox.historyOf(dead).map((attempt) => attempt.outcome)).toEqual(Array(5).fill('FAILED'));
    expect(dead.dueQueue).toBeUndefined();
    expect(badSignatures).toBe(0);
  });

  it('re-sends with the same key after a run died between the send and the SENT mark, delivered once', async () => {
    // Prepare
    const start = new Date('2026-12-08T02:00:00Z');
    const { message } = await enqueueAt('crash#1', '13700000002', start);
    hooks.afterSend = (item) => {
      if (item.idempotencyKey === 'crash#1') throw new Error('process killed after the send');
    };

    // Act
    await runJob(dispatcher, minutes(start, 1));
    hooks.afterSend = undefined;
    const held = await stored(message.messageId);
    await runJob(dispatcher, minutes(start, 2)); // the lease (2 min) still holds
    const stillHeld = await stored(message.messageId);
    await runJob(dispatcher, minutes(start, 4));
    const after = await stored(message.messageId);

    // Assess
    expect(held.status).toBe('SENDING');
    expect(deliveries.get('crash#1')).toBe(1);
    expect(stillHeld.status).toBe('SENDING');
    expect(after.status).toBe('SENT');
    expect(after.providerMessageId).toBe(firstIds.get('crash#1'));
    expect(after.attempts).toBe(2);
    expect(outbox.historyOf(after)).toHaveLength(1);
    expect(deliveries.get('crash#1')).toBe(1);
  });

  it('delivers 1,000 messages exactly once through a gateway that fails 30% of requests', async () => {
    // Prepare
    const start = new Date('2026-12-09T02:00:00Z');
    const ids: string[] = [];
    const keys: string[] = [];
    for (let n = 0; n < 1000; n += 1) {
      const key = `fault#${n}`;
      keys.push(key);
      ids.push((await enqueueAt(key, `1360000${String(n).padStart(4, '0')}`, start)).message.messageId);
    }
    const requestsBefore = requests;
    const wall = performance.now();

    // Act: run every minute until nothing is due; DEAD ones are resent as an operator would
    let runs = 0;
    let resent = 0;
    let at = start;
    for (let round = 0; round < 200; round += 1) {
      at = minutes(at, 1);
      await runJob(dispatcher, at);
      runs += 1;
      const { anyDue } = await import('#functions/messages/store/dispatch');
      if (await anyDue(new Date('2100-01-01T00:00:00Z'))) continue;
      const items = await Promise.all(ids.map(stored));
      const dead = items.filter((item) => item.status === 'DEAD');
      if (dead.length === 0) break;
      for (const item of dead) {
        const answer = await callApi(stack, `/api/messages/${item.messageId}/resend`, {
          method: 'POST',
          headers: city,
        });
        expect(answer.status).toBe(200);
        resent += 1;
      }
    }
    const ms = Math.round(performance.now() - wall);
    const items = await Promise.all(ids.map(stored));

    // Assess
    const attempts = items.reduce((sum, item) => sum + outbox.historyOf(item).length, 0);
    console.log(
      `fault test: 1000 messages, ${requests - requestsBefore} gateway requests, ${attempts} attempts recorded, ` +
        `${runs} dispatcher runs, ${resent} DEAD resent, ${ms} ms wall time`,
    );
    expect(items.every((item) => item.status === 'SENT')).toBe(true);
    expect(keys.every((key) => deliveries.get(key) === 1)).toBe(true);
    expect(items.every((item) => item.providerMessageId === firstIds.get(item.idempotencyKey))).toBe(true);
    expect(badSignatures).toBe(0);
  }, 300_000);
});
