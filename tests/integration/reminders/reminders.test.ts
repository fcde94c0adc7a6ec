import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalJob } from '#infra/local/bindings';
import { invoke } from '#infra/local/handlers';
import { runJob } from '#infra/local/scheduler';
import type { LocalStack } from '#infra/local/stack';
import { createUserDirect, signedIn } from '#tests/fixtures/auth';
import { validEnterprise } from '#tests/fixtures/enterprises';
import { callApi, startTestStack } from '#tests/fixtures/local-stack';
import { dispatcherOf, useHttpSmsGateway } from '#tests/fixtures/sms-gateway';
import { countingGateway, daysBefore, hazardItem, pointItem } from '#tests/integration/reminders/support';

/**
 * The reminders job on the local stack, through the outbox and the dispatcher to a gateway that counts every
 * request (no dedupe). The state, at the job's instant 2026-12-07 09:00 Beijing time:
 *
 *   湖塘镇  e1: red point due exactly 3 days ago (overdue, not escalated), yellow 10 days overdue;
 *               hazard h1 due tomorrow (12-08); a RECTIFIED and a CLOSED hazard past deadline (nothing)
 *           e2: orange point 3 days and 1 minute overdue (escalated), blue point not yet due;
 *               hazard h2 exactly 7 days past deadline (enterprise only)
 *           officers o1, o2 with phones, o3 disabled
 *   溧城街道 e3: red point 1 day overdue, a retired red point long overdue (nothing); contact = principal's phone
 *               hazard h3 7 days and 1 ms past deadline (enterprise and town)
 *           officers o4 with a phone, o5 without
 */
const AT = new Date('2026-12-07T09:00:00+08:00');
const DAY = '2026-12-07';
const gateway = countingGateway();
let stack: LocalStack;
let dispatcher: LocalJob;
let reminders: LocalJob;
let restoreEnv: (() => void) | undefined;
let city: Record<string, string>;
const id = {} as Record<
  'hutang' | 'licheng' | 'e1' | 'e2' | 'e3' | 'o1' | 'o2' | 'o4' | 'h1' | 'h2' | 'h3',
  string
>;

const post = async (path: string, body: unknown) => {
  const answer = await callApi(stack, path, { method: 'POST', headers: city, body: JSON.stringify(body) });
  if (answer.status !== 201)
    throw new Error(`setup ${path}: ${answer.status} ${JSON.stringify(answer.body)}`);
  return (answer.body as { id: string }).id;
};
const messageOf = async (key: string) => {
  const { getMessageItem, messageIdFor } = await import('#functions/messages/store/outbox');
  return getMessageItem(messageIdFor(key));
};
const listDay = async (day: string) => {
  const answer = await callApi(stack, `/api/messages?date=${day}&limit=100`, { headers: city });
  return (answer.body as { data: { idempotencyKey: string; status: string }[] }).data;
};

beforeAll(async () => {
  // A slow answer must not count as a failure here: a timed-out send is retried with the same key, which a
  // real gateway dedupes and this counting one would show as a second delivery (at-least-once, by design).
  restoreEnv = useHttpSmsGateway(await gateway.start(), 'reminders-secret', {
    SMS_RATE_PER_SECOND: '100',
    SMS_HTTP_TIMEOUT_MS: '30000',
  });
  stack = await startTestStack();
  dispatcher = dispatcherOf(stack);
  const job = stack.bindings.jobs.find((candidate) => candidate.name === 'reminders');
  if (!job) throw new Error('reminders job missing from the manifest');
  reminders = job;
  city = (await signedIn(stack, { role: 'cityAdmin' })).headers;
  id.hutang = await post('/api/towns', { districtId: 'wujin', name: '湖塘镇' });
  id.licheng = await post('/api/towns', { districtId: 'liyang', name: '溧城街道' });
  const firm = (districtId: string, townId: string, name: string, phone: string, principalOnly = false) => {
    const base = validEnterprise({ districtId, townId, gridId: null });
    const contacts = principalOnly
      ? { principal: { name: '赵主要', phone }, safetyContact: undefined }
      : { safetyContact: { name: '钱安全', phone } };
    return post('/api/enterprises', { ...base, name, ...contacts });
  };
  id.e1 = await firm('wujin', id.hutang, '常州湖塘一号机械有限公司', '13910000001');
  id.e2 = await firm('wujin', id.hutang, '常州湖塘二号铸造有限公司', '13910000002');
  id.e3 = await firm('liyang', id.licheng, '溧阳溧城三号建材有限公司', '13810000003', true);
  const officer = async (townId: string, districtId: string, phone?: string, disabled = false) =>
    (
      await createUserDirect({
        role: 'townOfficer',
        districtId,
        townId,
        ...(phone ? { phone } : {}),
        disabled,
      })
    ).id;
  id.o1 = await officer(id.hutang, 'wujin', '13920000001');
  id.o2 = await officer(id.hutang, 'wujin', '13920000002');
  await officer(id.hutang, 'wujin', '13920000003', true);
  id.o4 = await officer(id.licheng, 'liyang', '13920000004');
  await officer(id.licheng, 'liyang');

  const { riskPoint } = await import('#functions/risk-points/store/entities/risk-point');
  const { hazard } = await import('#functions/hazards/store/entities/hazard');
  const wujin1 = { enterpriseId: id.e1, enterpriseName: '一号', districtId: 'wujin', townId: id.hutang };
  const wujin2 = { enterpriseId: id.e2, enterpriseName: '二号', districtId: 'wujin', townId: id.hutang };
  const liyang3 = { enterpriseId: id.e3, enterpriseName: '三号', districtId: 'liyang', townId: id.licheng };
  for (const item of [
    pointItem({ ...wujin1, level: 'red', nextDueAt: daysBefore(AT, 3) }),
    pointItem({ ...wujin1, level: 'yellow', nextDueAt: daysBefore(AT, 10) }),
    pointItem({ ...wujin2, level: 'orange', nextDueAt: daysBefore(AT, 3, 60_000) }),
    pointItem({ ...wujin2, level: 'blue', nextDueAt: daysBefore(AT, -2) }),
    pointItem({ ...liyang3, level: 'red', nextDueAt: daysBefore(AT, 1) }),
    pointItem({ ...liyang3, level: 'red', nextDueAt: daysBefore(AT, 30), status: 'retired' }),
  ])
    await riskPoint.put(item).go();
  const placeOf = ({ enterpriseId, districtId, townId }: typeof wujin1) => ({
    enterpriseId,
    districtId,
    townId,
  });
  const hazards = {
    h1: hazardItem({ ...placeOf(wujin1), deadline: '2026-12-08T15:59:59.999Z' }),
    h2: hazardItem({ ...placeOf(wujin2), deadline: daysBefore(AT, 7) }),
    h3: hazardItem({ ...placeOf(liyang3), deadline: daysBefore(AT, 7, 1) }),
  };
  for (const item of [
    ...Object.values(hazards),
    hazardItem({ ...placeOf(wujin1), deadline: daysBefore(AT, 20), status: 'RECTIFIED' }),
    hazardItem({ ...placeOf(wujin1), deadline: daysBefore(AT, 20), status: 'CLOSED' }),
  ])
    await hazard.put(item).go();
  id.h1 = hazards.h1.hazardId;
  id.h2 = hazards.h2.hazardId;
  id.h3 = hazards.h3.hazardId;
}, 120_000);

afterAll(async () => {
  restoreEnv?.();
  await stack?.stop();
  await gateway.stop();
});

describe('the reminders job', () => {
  it('enqueues one message per enterprise, hazard and town officer, escalating only past 3 and 7 days', async () => {
    // Act
    const result = await runJob(reminders, AT);
    await runJob(dispatcher, new Date(AT.getTime() + 60_000));

    // Assess
    const expected = [
      `reminders#digest#${id.e1}#${DAY}`,
      `reminders#digest#${id.e2}#${DAY}`,
      `reminders#digest#${id.e3}#${DAY}`,
      `reminders#hazard-due#${id.h1}#${DAY}`,
      `reminders#hazard-past#${id.h2}#${DAY}`,
      `reminders#hazard-past#${id.h3}#${DAY}`,
      `reminders#town-points#${id.hutang}#${id.o1}#${DAY}`,
      `reminders#town-points#${id.hutang}#${id.o2}#${DAY}`,
      `reminders#town-hazards#${id.licheng}#${id.o4}#${DAY}`,
    ];
    expect(result).toEqual({ items: 9 });
    expect((await listDay(DAY)).map((m) => m.idempotencyKey).sort()).toEqual([...expected].sort());
    expect([...gateway.byKey.keys()].sort()).toEqual([...expected].sort());
    expect([...gateway.byKey.values()].every((count) => count === 1)).toBe(true);
    expect(gateway.texts.get(`reminders#digest#${id.e1}#${DAY}`)).toBe(
      '【常安码】您单位有2个风险点逾期未巡查（最高等级：重大风险），请尽快扫码巡查。',
    );
    expect(gateway.texts.get(`reminders#digest#${id.e2}#${DAY}`)).toBe(
      '【常安码】您单位有1个风险点逾期未巡查（最高等级：较大风险），请尽快扫码巡查。',
    );
    expect(gateway.texts.get(`reminders#town-points#${id.hutang}#${id.o1}#${DAY}`)).toBe(
      '【常安码】湖塘镇有1家企业的1个重大、较大风险点逾期超过3天未巡查，请督促整改。',
    );
    expect(gateway.texts.get(`reminders#town-hazards#${id.licheng}#${id.o4}#${DAY}`)).toBe(
      '【常安码】溧城街道有1家企业的1条隐患超过整改期限7天仍未整改，请督促整改。',
    );
    expect((await messageOf(`reminders#digest#${id.e3}#${DAY}`))?.recipient.phone).toBe('13810000003');
    expect((await messageOf(`reminders#hazard-due#${id.h1}#${DAY}`))?.text).toMatch(/整改期限为2026-12-08/);
  });

  it('run again on the same day, as a takeover or a second schedule, adds no message', async () => {
    // Prepare
    const sentBefore = gateway.total();
    const { runReminders } = await import('#functions/reminders/jobs/reminders');

    // Act
    const scheduled = await runJob(reminders, new Date('2026-12-07T15:00:00+08:00'));
    const takeover = await runReminders(AT);
    await runJob(dispatcher, new Date('2026-12-07T15:01:00+08:00'));

    // Assess
    expect(scheduled).toEqual({ items: 0, skipped: true });
    expect(takeover).toMatchObject({ messages: 9, created: 0 });
    expect(await listDay(DAY)).toHaveLength(9);
    expect(gateway.total()).toBe(sentBefore);
  });

  it('holds what it enqueues in quiet hours until 07:00', async () => {
    // Prepare: a manual run at 23:00 Beijing time on 12-08
    const late = new Date('2026-12-08T23:00:00+08:00');
    const key = `reminders#digest#${id.e1}#2026-12-08`;
    await runJob(reminders, late);

    // Act
    await runJob(dispatcher, new Date('2026-12-08T23:01:00+08:00'));
    const held = await messageOf(key);
    await runJob(dispatcher, new Date('2026-12-09T07:01:00+08:00'));
    const after = await messageOf(key);

    // Assess
    expect(held?.status).toBe('PENDING');
    expect(held?.nextAttemptAt).toBe('2026-12-08T23:00:00.000Z');
    expect(after?.status).toBe('SENT');
    expect(gateway.byKey.get(key)).toBe(1);
  });
});

describe('the dispatcher at scale', () => {
  it('never sends twice with sharded runs and overlapping unsharded runs at once', async () => {
    // Prepare
    const { enqueue } = await import('#functions/messages/store/outbox');
    const start = new Date('2026-12-10T10:00:00+08:00');
    const keys = Array.from({ length: 300 }, (_, n) => `parallel#${n}`);
    for (const [n, key] of keys.entries())
      await enqueue(
        key,
        {
          template: 'riskOverdueDigest',
          params: { count: 1, worstLevel: '低风险' },
          recipient: { phone: `1370000${String(n).padStart(4, '0')}` },
          enqueuedBy: 'job:test',
        },
        start,
      );
    const at = (seconds: number) => new Date(start.getTime() + 60_000 + seconds * 1000).toISOString();

    // Act: 4 segments and 2 runs over every shard, all at the same time
    await Promise.all([
      ...[0, 1, 2, 3].map((segment) =>
        invoke(dispatcher.module, { at: at(0), segment, totalSegments: 4 }, dispatcher.timeoutMs),
      ),
      invoke(dispatcher.module, { at: at(0) }, dispatcher.timeoutMs),
      invoke(
        dispatcher.module,
        { at: new Date(start.getTime() + 120_000).toISOString() },
        dispatcher.timeoutMs,
      ),
    ]);

    // Assess
    expect(keys.map((key) => gateway.byKey.get(key) ?? 0)).toEqual(keys.map(() => 1));
    const items = await Promise.all(keys.map(messageOf));
    const statuses = items.map((item) => `${item?.status}:${item?.attempts}:${item?.lastError ?? ''}`);
    expect(statuses.filter((s) => !s.startsWith('SENT'))).toEqual([]);
  }, 120_000);

  it('runs SMS_DISPATCHER_SEGMENTS dispatchers at each local tick, together sending each message once', async () => {
    // Prepare
    const { enqueue } = await import('#functions/messages/store/outbox');
    const { localBindings } = await import('#infra/local/bindings');
    const start = new Date('2026-12-12T10:00:00+08:00');
    const keys = Array.from({ length: 120 }, (_, n) => `tick#${n}`);
    for (const [n, key] of keys.entries())
      await enqueue(
        key,
        {
          template: 'riskOverdueDigest',
          params: { count: 2, worstLevel: '较大风险' },
          recipient: { phone: `1350000${String(n).padStart(4, '0')}` },
          enqueuedBy: 'job:test',
        },
        start,
      );
    process.env.SMS_DISPATCHER_SEGMENTS = '4';
    const ticking = localBindings().jobs.find((job) => job.name === 'sms-dispatch');
    delete process.env.SMS_DISPATCHER_SEGMENTS;

    // Act
    const runs = (await runJob(ticking ?? dispatcher, new Date(start.getTime() + 60_000))) as {
      items: number;
    }[];

    // Assess: four runs, each with its own shards, and every message delivered exactly once
    expect(ticking?.segments).toBe(4);
    expect(runs).toHaveLength(4);
    expect(runs.every((run) => run.items > 0)).toBe(true);
    expect(runs.reduce((sum, run) => sum + run.items, 0)).toBe(120);
    expect(keys.map((key) => gateway.byKey.get(key) ?? 0)).toEqual(keys.map(() => 1));
  }, 120_000);

  it('still sends a message waiting in the legacy single partition', async () => {
    // Prepare: as enqueued before the shards existed
    const { enqueue } = await import('#functions/messages/store/outbox');
    const { message } = await import('#functions/messages/store/entities/message');
    const start = new Date('2026-12-11T10:00:00+08:00');
    const { message: item } = await enqueue(
      'legacy#1',
      {
        template: 'campaignRemind',
        params: { campaign: '冬季消防', deadline: '2026-12-31' },
        recipient: { phone: '13600009999' },
        enqueuedBy: 'job:test',
      },
      start,
    );
    await message
      .patch({ messageId: item.messageId })
      .set({ dueQueue: 'due', nextAttemptAt: start.toISOString() })
      .go();
    const legacy = await messageOf('legacy#1');

    // Act
    await runJob(dispatcher, new Date(start.getTime() + 60_000));

    // Assess
    expect(legacy?.dueQueue).toBe('due');
    expect((await messageOf('legacy#1'))?.status).toBe('SENT');
    expect(gateway.byKey.get('legacy#1')).toBe(1);
  });
});
