import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { LocalJob } from '#infra/local/bindings';
import { runJob } from '#infra/local/scheduler';
import type { LocalStack } from '#infra/local/stack';
import { signedIn } from '#tests/fixtures/auth';
import { callApi, startTestStack } from '#tests/fixtures/local-stack';

type Headers = Record<string, string>;
type Outbox = typeof import('#functions/messages/store/outbox');

let stack: LocalStack;
let outbox: Outbox;
let dispatcher: LocalJob;
let city: Headers;
let wujinAdmin: Headers;
let phoneCounter = 0;
const nextPhone = () => `1390000${String(1000 + (phoneCounter++ % 9000)).padStart(4, '0')}`;

const send = (method: string, path: string, headers: Headers, body?: unknown) =>
  callApi(stack, path, { method, headers, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
const stored = async (id: string) => {
  const item = await outbox.getMessageItem(id);
  if (!item) throw new Error(`message ${id} missing`);
  return item;
};
const enqueueTest = (
  key: string,
  phone: string,
  now: Date,
  extra: Partial<Parameters<Outbox['enqueue']>[1]> = {},
) =>
  outbox.enqueue(
    key,
    {
      template: 'riskOverdue',
      params: { enterprise: '常州某化工有限公司', count: 2 },
      recipient: { name: '张三', phone },
      enqueuedBy: 'job:test',
      districtId: 'wujin',
      ...extra,
    },
    now,
  );

beforeAll(async () => {
  stack = await startTestStack();
  outbox = await import('#functions/messages/store/outbox');
  const job = stack.bindings.jobs.find((candidate) => candidate.name === 'sms-dispatch');
  if (!job) throw new Error('sms-dispatch job missing from the manifest');
  dispatcher = job;
  city = (await signedIn(stack, { role: 'cityAdmin' })).headers;
  wujinAdmin = (await signedIn(stack, { role: 'districtAdmin', districtId: 'wujin' })).headers;
}, 60_000);

afterAll(async () => {
  await stack?.stop();
});

describe('the outbox', () => {
  it('keeps one message for an idempotency key however often it is enqueued', async () => {
    // Prepare
    const now = new Date('2026-11-30T02:00:00Z');
    const phone = nextPhone();

    // Act
    const first = await enqueueTest('risk#E1#2026-11-30', phone, now);
    const second = await enqueueTest('risk#E1#2026-11-30', phone, new Date('2026-12-01T02:00:00Z'));

    // Assess
    expect(first.created).toBe(true);
    expect(second.created).toBe(false);
    expect(second.message.messageId).toBe(first.message.messageId);
    expect(second.message.createdAt).toBe(first.message.createdAt);
    expect(first.message.text.startsWith('【常安码】')).toBe(true);
  });

  it('claims a SENDING message again once its lease has run out, and sends it once', async () => {
    // Prepare: a run claimed it at 10:00 Beijing time and died
    const at = new Date('2026-11-30T02:00:00Z');
    const { message } = await enqueueTest('lease#1', nextPhone(), at);
    const claim = await (await import('#functions/messages/store/dispatch')).claimMessage(
      message,
      'dead-run',
      at,
      120_000,
    );
    expect(claim?.item.status).toBe('SENDING');

    // Act
    const early = await runJob(dispatcher, new Date('2026-11-30T02:01:00Z'));
    const stillHeld = await stored(message.messageId);
    await runJob(dispatcher, new Date('2026-11-30T02:03:00Z'));
    const after = await stored(message.messageId);

    // Assess
    expect(early).toBeDefined();
    expect(stillHeld.status).toBe('SENDING');
    expect(after.status).toBe('SENT');
    expect(after.attempts).toBe(2);
    expect(outbox.historyOf(after)).toHaveLength(1);
    expect(after.dueQueue).toBeUndefined();
  });

  it('defers non-urgent messages to the end of quiet hours and sends urgent ones at once', async () => {
    // Prepare: 23:00 Beijing time
    const night = new Date('2026-12-02T15:00:00Z');
    const calm = await enqueueTest('quiet#calm', nextPhone(), night);
    const urgent = await enqueueTest('quiet#urgent', nextPhone(), night, {
      template: 'dustVerify',
      params: { site: '武进某工地', since: '2026-11-25' },
    });

    // Act
    await runJob(dispatcher, new Date('2026-12-02T15:01:00Z'));
    const atNight = await stored(calm.message.messageId);
    await runJob(dispatcher, new Date('2026-12-02T23:00:00Z'));
    const morning = await stored(calm.message.messageId);

    // Assess
    expect(atNight.status).toBe('PENDING');
    expect(atNight.nextAttemptAt).toBe('2026-12-02T23:00:00.000Z');
    expect((await stored(urgent.message.messageId)).status).toBe('SENT');
    expect(morning.status).toBe('SENT');
  });

  it('sends at most 10 messages a day to one phone and defers the rest to the next day', async () => {
    // Prepare: 12 messages to one phone at 10:00 Beijing time
    const at = new Date('2026-12-04T02:00:00Z');
    const phone = nextPhone();
    const ids: string[] = [];
    for (let n = 0; n < 12; n += 1) ids.push((await enqueueTest(`cap#${n}`, phone, at)).message.messageId);

    // Act
    await runJob(dispatcher, new Date('2026-12-04T02:01:00Z'));
    const items = await Promise.all(ids.map(stored));

    // Assess
    const sent = items.filter((item) => item.status === 'SENT');
    const deferred = items.filter((item) => item.status === 'PENDING');
    expect(sent).toHaveLength(10);
    expect(deferred).toHaveLength(2);
    for (const item of deferred) {
      expect(item.nextAttemptAt).toBe('2026-12-04T16:00:00.000Z');
      expect(item.attempts).toBe(0);
    }
  });
});

describe('the messages routes', () => {
  it('lists a district admin its own district only, phones masked', async () => {
    // Prepare
    const at = new Date();
    await enqueueTest('list#wujin', '13812341234', at);
    await enqueueTest('list#liyang', '13812345678', at, { districtId: 'liyang' });

    // Act
    const district = await send('GET', '/api/messages?limit=100', wujinAdmin);
    const all = await send('GET', '/api/messages?limit=100', city);
    const filtered = await send('GET', '/api/messages?limit=100&districtId=liyang&status=PENDING', city);

    // Assess
    const keysOf = (answer: { body: unknown }) =>
      (
        answer.body as {
          data: { idempotencyKey: string; districtId?: string; recipient: { phone: string } }[];
        }
      ).data;
    expect(district.status).toBe(200);
    expect(keysOf(district).every((message) => message.districtId === 'wujin')).toBe(true);
    expect(keysOf(district).map((message) => message.idempotencyKey)).toContain('list#wujin');
    expect(keysOf(all).map((message) => message.idempotencyKey)).toEqual(
      expect.arrayContaining(['list#wujin', 'list#liyang']),
    );
    expect(keysOf(filtered).map((message) => message.idempotencyKey)).toEqual(['list#liyang']);
    expect(JSON.stringify(all.body)).not.toContain('13812341234');
    expect(keysOf(all).find((message) => message.idempotencyKey === 'list#wujin')?.recipient.phone).toBe(
      '138****1234',
    );
  });

  it('hides another district’s message from a district admin (404)', async () => {
    // Prepare
    const { message } = await enqueueTest('detail#liyang', nextPhone(), new Date(), { districtId: 'liyang' });

    // Act
    const forDistrict = await send('GET', `/api/messages/${message.messageId}`, wujinAdmin);
    const forCity = await send('GET', `/api/messages/${message.messageId}`, city);

    // Assess
    expect(forDistrict.status).toBe(404);
    expect(forCity.status).toBe(200);
    expect((forCity.body as { history: unknown[] }).history).toEqual([]);
  });

  it('resends a DEAD message only', async () => {
    // Prepare
    const { message } = await enqueueTest('resend#1', nextPhone(), new Date());
    const pending = await send('POST', `/api/messages/${message.messageId}/resend`, city);
    const { message: entity } = await import('#functions/messages/store/entities/message');
    await entity
      .patch({ messageId: message.messageId })
      .set({ status: 'DEAD', attempts: 5, lastError: '短信网关返回 500' })
      .remove(['dueQueue', 'nextAttemptAt'])
      .go();

    // Act
    const dead = await send('POST', `/api/messages/${message.messageId}/resend`, wujinAdmin);
    const again = await send('POST', `/api/messages/${message.messageId}/resend`, wujinAdmin);

    // Assess
    expect(pending.status).toBe(409);
    expect((pending.body as { error: { message: string } }).error.message).toMatch(/只有已放弃/);
    expect(dead.status).toBe(200);
    expect(dead.body).toMatchObject({ status: 'PENDING', attempts: 0 });
    expect(again.status).toBe(409);
    const after = await stored(message.messageId);
    expect(after.dueQueue).toMatch(/^due#\d\d$/); // its shard (domain/shards.ts)
  });

  it('sends a test message that the dispatcher delivers through the console provider', async () => {
    // Prepare
    const printed: string[] = [];
    const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      printed.push(String(chunk));
      return true;
    });

    // Act
    const answer = await send('POST', '/api/messages/test', city, { phone: '13955556666' });
    const id = (answer.body as { id: string }).id;
    try {
      await runJob(dispatcher, new Date(Date.now() + 5 * 60_000));
    } finally {
      spy.mockRestore();
    }
    const detail = await send('GET', `/api/messages/${id}`, city);

    // Assess
    expect(answer.status).toBe(201);
    expect(answer.body).toMatchObject({
      template: 'test',
      urgent: true,
      recipient: { phone: '139****6666' },
    });
    expect(detail.body).toMatchObject({
      status: 'SENT',
      history: [{ outcome: 'SENT', provider: 'console' }],
    });
    const lines = printed.filter((line) => line.includes('测试短信'));
    expect(lines).toEqual(['[短信] 139****6666 【常安码】测试短信：短信通道工作正常，无需回复。\n']);
    expect(printed.join('')).not.toContain('13955556666');
  });
});
