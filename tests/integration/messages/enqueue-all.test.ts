import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalStack } from '#infra/local/stack';
import { startTestStack } from '#tests/fixtures/local-stack';

/**
 * The batched enqueue a job uses (functions/messages/store/outbox-many.ts) and the batched task creation
 * (functions/tasks/store/create.ts), on dynalite: each key made once across repeats and concurrent runs, a
 * key already in the outbox left as it is, and a bad entry refused before anything is written.
 */
let stack: LocalStack;
let messages: typeof import('#functions/messages/index');
let tasks: typeof import('#functions/tasks/index');
let outbox: typeof import('#functions/messages/store/outbox');

const AT = new Date('2026-12-01T10:00:00.000Z');
const entry = (n: number) => ({
  key: `enqueue-all-test#${n}`,
  input: {
    template: 'dustRemind' as const,
    params: { site: `抛光车间${n}`, date: '2026-12-01' },
    recipient: { phone: `138${String(n).padStart(8, '0')}` },
    enqueuedBy: 'job:test',
  },
});
const newTask = (n: number) => ({
  taskKey: `enqueue-all-test#task#${n}`,
  kind: 'dustUrge' as const,
  title: `粉尘场所抛光车间${n}连续三天未上报`,
  assignee: { level: 'town' as const, districtId: 'wujin', townId: 'hutang' },
  subject: { enterpriseId: `E${n}`, siteId: `S${n}` },
  dueAt: '2026-12-04T10:00:00.000Z',
});

beforeAll(async () => {
  stack = await startTestStack();
  messages = await import('#functions/messages/index');
  tasks = await import('#functions/tasks/index');
  outbox = await import('#functions/messages/store/outbox');
});
afterAll(async () => stack?.stop());

describe('enqueueAll', () => {
  it('creates each key once: two concurrent runs over 150 entries (two batch reads) share them, a third makes none', async () => {
    // Arrange: key 0 is in the outbox already, through the single enqueue
    await messages.enqueue(entry(0).key, entry(0).input, AT);
    const all = Array.from({ length: 150 }, (_, n) => entry(n));

    // Act
    const [a, b] = await Promise.all([messages.enqueueAll(all, AT), messages.enqueueAll(all, AT)]);
    const again = await messages.enqueueAll(all, AT);

    // Assess: 149 new keys, split between the two runs without overlap; the stored text is the template's
    expect(a.size + b.size).toBe(149);
    expect([...a].filter((key) => b.has(key))).toEqual([]);
    expect(a.has(entry(0).key) || b.has(entry(0).key)).toBe(false);
    expect(again.size).toBe(0);
    const stored = await outbox.getMessageItem(outbox.messageIdFor(entry(149).key));
    expect(stored?.status).toBe('PENDING');
    expect(stored?.text).toContain('粉尘场所“抛光车间149”2026-12-01尚未完成清扫拍照上报');
  });

  it('puts keys named unread without reading them first, still once: an existing one is left, concurrent runs share', async () => {
    // Arrange: key 300 is in the outbox already with its own text; the callers wrongly think it new
    const kept = {
      ...entry(300),
      input: { ...entry(300).input, params: { site: '原有车间', date: '2026-11-30' } },
    };
    await messages.enqueue(kept.key, kept.input, AT);
    const all = Array.from({ length: 60 }, (_, n) => entry(300 + n));
    const unread = new Set(all.map(({ key }) => key));

    // Act
    const [a, b] = await Promise.all([
      messages.enqueueAll(all, AT, { unread }),
      messages.enqueueAll(all, AT, { unread }),
    ]);

    // Assess: 59 made, each by one run; the existing message is the one enqueued first
    expect(a.size + b.size).toBe(59);
    expect([...a].filter((key) => b.has(key))).toEqual([]);
    expect(a.has(kept.key) || b.has(kept.key)).toBe(false);
    const stored = await outbox.getMessageItem(outbox.messageIdFor(kept.key));
    expect(stored?.text).toContain('原有车间');
  });

  it('refuses a batch with a bad entry before writing any of it', async () => {
    // Arrange
    const good = entry(500);
    const bad = { key: 'enqueue-all-test#bad', input: { ...entry(501).input, params: { site: '' } } };

    // Act
    const attempt = messages.enqueueAll([good, bad], AT);

    // Assess
    await expect(attempt).rejects.toThrow();
    expect(await outbox.getMessageItem(outbox.messageIdFor(good.key))).toBeNull();
  });
});

describe('createTasks', () => {
  it('creates each taskKey once across concurrent runs and repeats', async () => {
    // Arrange
    await tasks.createTask(newTask(0), AT);
    const all = Array.from({ length: 120 }, (_, n) => newTask(n));

    // Act
    const [a, b] = await Promise.all([tasks.createTasks(all, AT), tasks.createTasks(all, AT)]);
    const again = await tasks.createTasks(all, AT);

    // Assess
    expect(a.size + b.size).toBe(119);
    expect([...a].filter((key) => b.has(key))).toEqual([]);
    expect(again.size).toBe(0);
  });

  it('creates task keys named unread without a read first, still once across concurrent runs', async () => {
    // Arrange: task 200 exists; both runs think every key new
    await tasks.createTask(newTask(200), AT);
    const all = Array.from({ length: 40 }, (_, n) => newTask(200 + n));
    const unread = new Set(all.map(({ taskKey }) => taskKey));

    // Act
    const [a, b] = await Promise.all([
      tasks.createTasks(all, AT, { unread }),
      tasks.createTasks(all, AT, { unread }),
    ]);

    // Assess
    expect(a.size + b.size).toBe(39);
    expect([...a].filter((key) => b.has(key))).toEqual([]);
    expect(a.has(newTask(200).taskKey) || b.has(newTask(200).taskKey)).toBe(false);
  });
});
