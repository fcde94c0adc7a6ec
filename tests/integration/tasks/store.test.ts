import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NewTask } from '#functions/tasks/index';
import type { Task } from '#functions/tasks/schemas';
import { auditTableReader } from '#tests/fixtures/audit-table';
import {
  firms,
  places,
  send,
  stack,
  startTaskStack,
  stopTaskStack,
  storedTask,
  userIds,
  who,
} from './support';

/**
 * The task store against hand-written answers: the item a NewTask makes, the batch create of a job run, the
 * views the routes give each reader, the order of done tasks and the menu's counts.
 */
let audit: ReturnType<typeof auditTableReader>;
const NOW = new Date('2026-12-02T10:00:00.000Z');

beforeAll(async () => {
  await startTaskStack();
  audit = auditTableReader(stack);
});
afterAll(async () => {
  audit?.close();
  await stopTaskStack();
});

const index = () => import('#functions/tasks/index');

/** A town task at 湖塘 (town A) with every optional field but `urgent`. */
const townTask = (taskKey: string, dueAt = '2026-12-09T02:00:00Z'): NewTask => ({
  taskKey,
  kind: 'dustUrge',
  title: '督促常州湖塘粉末冶金厂上报粉尘清扫照片',
  detail: '连续 3 天未上报',
  assignee: { level: 'town', districtId: 'wujin', townId: places.wujinA.townId },
  subject: {
    enterpriseId: firms.a,
    siteId: 'SITE-A1',
    enterpriseName: '常州湖塘粉末冶金厂',
    siteName: '抛丸车间',
  },
  dueAt,
});

/** A district task without town, site, names or detail, urgent. */
const districtTask = (taskKey: string): NewTask => ({
  taskKey,
  kind: 'dustVerify',
  title: '现场核查溧阳天目湖铝业粉尘清扫',
  assignee: { level: 'district', districtId: 'liyang' },
  subject: { enterpriseId: firms.liyang },
  dueAt: '2026-12-05T02:00:00.000Z',
  urgent: true,
});

const listIds = async (query: string, headers: Record<string, string>) => {
  const answer = await send('GET', `/api/tasks${query}`, headers);
  expect(answer.status, JSON.stringify(answer.body)).toBe(200);
  return (answer.body as { data: Task[] }).data.map((task) => task.id);
};

describe('the task a NewTask makes', () => {
  it('names it by a hash of its key and stores the town task as given, its due date in full ISO form', async () => {
    // Act
    const { taskId, created } = await (await index()).createTask(townTask('test-pinned-key'), NOW);

    // Assess: sha256("task\ntest-pinned-key"), first 26 hex digits
    expect({ taskId, created }).toEqual({ taskId: '4cea5f00a3cf749964e4af31a9', created: true });
    expect(await storedTask(taskId)).toMatchObject({
      taskKey: 'test-pinned-key',
      kind: 'dustUrge',
      detail: '连续 3 天未上报',
      level: 'town',
      assigneeId: places.wujinA.townId,
      districtId: 'wujin',
      townId: places.wujinA.townId,
      enterpriseId: firms.a,
      siteId: 'SITE-A1',
      enterpriseName: '常州湖塘粉末冶金厂',
      siteName: '抛丸车间',
      urgent: false,
      dueAt: '2026-12-09T02:00:00.000Z',
      status: 'open',
      photoIds: [],
      createdAt: '2026-12-02T10:00:00.000Z',
      updatedAt: '2026-12-02T10:00:00.000Z',
      version: 1,
    });
  });

  it('gives a district task its district as assignee, and no town, detail or names', async () => {
    // Act
    const { taskId } = await (await index()).createTask(districtTask('test-district-bare'), NOW);

    // Assess
    const stored = await storedTask(taskId);
    expect(stored).toMatchObject({ level: 'district', assigneeId: 'liyang', urgent: true });
    for (const absent of ['townId', 'detail', 'siteId', 'enterpriseName', 'siteName', 'result'])
      expect(stored).not.toHaveProperty(absent);
    const view = await send('GET', `/api/tasks/${taskId}`, who.liyang);
    expect(view.body).toMatchObject({
      townId: null,
      kindLabel: '粉尘清扫现场核查',
      canComplete: true,
      overdue: true,
      minPhotos: 1,
      allowedResults: [
        { value: 'onSiteRectified', label: '现场核查-已整改' },
        { value: 'onSiteViolation', label: '现场核查-存在问题' },
        { value: 'onSiteClosed', label: '现场核查-已停产/关闭' },
      ],
    });
    expect(view.body).not.toHaveProperty('detail');
  });

  it('refuses a malformed task in Chinese, naming the field, and writes nothing', async () => {
    // Prepare
    const { createTask, createTasks } = await index();
    const bad = { ...townTask('test-bad-town'), assignee: { level: 'town' as const, districtId: 'wujin' } };

    // Act
    const alone = await createTask(bad, NOW).catch((error: unknown) => error);
    const inBatch = await createTasks([townTask('test-good-beside-bad'), bad], NOW).catch((e: unknown) => e);

    // Assess
    expect(alone).toMatchObject({
      status: 400,
      message: '任务数据有误：assignee.townId 镇级任务须指定镇（街道）',
    });
    expect(inBatch).toMatchObject({ status: 400 });
    const { taskIdOfKey } = await import('#functions/tasks/store/create');
    expect(await storedTask(taskIdOfKey('test-bad-town'))).toBeNull();
    expect(await storedTask(taskIdOfKey('test-good-beside-bad'))).toBeNull();
  });
});

describe('createTasks (a job run)', () => {
  it('creates only the missing ones, never reopens a done one, and says which it created', async () => {
    // Prepare: one task exists and is done
    const { createTask, createTasks } = await index();
    const { taskIdOfKey } = await import('#functions/tasks/store/create');
    await createTask(townTask('batch-done'), NOW);
    const close = { result: 'urged', note: '已督促' };
    const closed = await send('POST', `/api/tasks/${taskIdOfKey('batch-done')}/complete`, who.townA, close);
    expect(closed.status).toBe(200);
    const run = ['batch-done', 'batch-new-1', 'batch-new-2'].map((key) => townTask(key));

    // Act: the run, a rerun, and a run that claims the done one was never asked for (a wrong hint)
    const first = await createTasks(run, NOW);
    const rerun = await createTasks(run, NOW);
    const hinted = await createTasks(run, NOW, { unread: new Set(['batch-done', 'batch-new-1']) });
    const none = await createTasks([], NOW);

    // Assess
    expect([...first].sort()).toEqual(['batch-new-1', 'batch-new-2']);
    expect(rerun.size).toBe(0);
    expect(hinted.size).toBe(0);
    expect(none.size).toBe(0);
    expect(await storedTask(taskIdOfKey('batch-done'))).toMatchObject({ status: 'done', version: 2 });
  });

  it('creates each task once when two runs go at the same time', async () => {
    // Prepare
    const { createTasks } = await index();
    const run = Array.from({ length: 12 }, (_, n) => townTask(`race-${n}`));

    // Act
    const [a, b] = await Promise.all([createTasks(run, NOW), createTasks(run, NOW, { unread: new Set() })]);

    // Assess
    expect(a.size + b.size).toBe(12);
    expect([...a].filter((key) => b.has(key))).toEqual([]);
  });
});

describe('what the routes show of tasks', () => {
  it('shows the town task to its officer as closable and to the district as not, and records the close', async () => {
    // Prepare
    const { taskId } = await (await index()).createTask(
      townTask('view-close', '2026-12-31T00:00:00.000Z'),
      NOW,
    );

    // Act
    const toOfficer = await send('GET', `/api/tasks/${taskId}`, who.townA);
    const toDistrict = await send('GET', `/api/tasks/${taskId}`, who.wujin);
    const done = await send('POST', `/api/tasks/${taskId}/complete`, who.townA, {
      result: 'urged',
      note: '已电话督促，企业承诺当日补传',
    });

    // Assess
    expect(toOfficer.body).toMatchObject({
      canComplete: true,
      townId: places.wujinA.townId,
      detail: '连续 3 天未上报',
      kindLabel: '粉尘清扫督促',
      enterpriseName: '常州湖塘粉末冶金厂',
      siteId: 'SITE-A1',
      siteName: '抛丸车间',
    });
    expect(toDistrict.body).toMatchObject({ canComplete: false });
    expect(done.body).toMatchObject({
      status: 'done',
      canComplete: false,
      result: 'urged',
      resultLabel: '已督促企业上报',
      note: '已电话督促，企业承诺当日补传',
      completedBy: userIds.townA,
      version: 2,
    });
    expect(done.body).toHaveProperty('completedByName');
    expect(done.body).toHaveProperty('completedAt');
    const entry = (await audit.entries()).find((e) => e.entity === 'task' && e.entityId === taskId);
    expect(entry).toMatchObject({
      action: 'complete',
      districtId: 'wujin',
      summary: '办结任务（粉尘清扫督促）：督促常州湖塘粉末冶金厂上报粉尘清扫照片；已督促企业上报',
    });
    expect(entry?.changes).toEqual(
      expect.arrayContaining([
        { field: 'status', before: 'open', after: 'done' },
        { field: 'version', before: 1, after: 2 },
      ]),
    );
  });

  it('lists done tasks latest due first, and counts open and overdue per reader', async () => {
    // Prepare: four 溧阳 district tasks, two of them done, one of the open ones overdue
    const { createTask } = await index();
    const make = async (key: string, dueAt: string) =>
      (await createTask({ ...districtTask(key), kind: 'dustUrge', dueAt }, NOW)).taskId;
    const countsOf = async () =>
      (await send('GET', '/api/task-counts', who.liyang)).body as { open: number; overdue: number };
    const before = await countsOf();
    const early = await make('done-early', '2026-11-01T00:00:00.000Z');
    const late = await make('done-late', '2026-11-20T00:00:00.000Z');
    await make('open-overdue', '2026-11-25T00:00:00.000Z');
    await make('open-later', '2099-06-01T00:00:00.000Z');
    const body = { result: 'urged', note: '已督促' };
    for (const id of [early, late])
      expect((await send('POST', `/api/tasks/${id}/complete`, who.liyang, body)).status).toBe(200);

    // Act
    const done = await listIds('?status=done', who.liyang);
    const after = await countsOf();

    // Assess
    expect(done.filter((id) => id === early || id === late)).toEqual([late, early]);
    expect({ open: after.open - before.open, overdue: after.overdue - before.overdue }).toEqual({
      open: 2,
      overdue: 1,
    });
    expect((await send('GET', '/api/task-counts', who.grid)).status).toBe(403);
  });

  it('says who closes a task to someone who may read it but not close it, and that a missing one may not exist', async () => {
    // Prepare
    const { createTask } = await index();
    const town = (await createTask(townTask('who-closes-town'), NOW)).taskId;
    const district = (await createTask(districtTask('who-closes-district'), NOW)).taskId;
    const body = { result: 'urged', note: '已督促' };
    const messageOf = (answer: { body: unknown }) =>
      (answer.body as { error: { message: string } }).error.message;

    // Act
    const byDistrict = await send('POST', `/api/tasks/${town}/complete`, who.wujin, body);
    const byCity = await send('POST', `/api/tasks/${district}/complete`, who.city, body);
    const missing = await send('GET', '/api/tasks/0000000000000000000000abcd', who.city);

    // Assess
    expect([byDistrict.status, byCity.status, missing.status]).toEqual([404, 404, 404]);
    expect(messageOf(byDistrict)).toBe('未找到指派给您的该任务：此任务由所在镇（街道）安全员办理');
    expect(messageOf(byCity)).toBe('未找到指派给您的该任务：此任务由所在辖市（区）应急管理局办理');
    expect(messageOf(missing)).toBe('任务不存在或不在您的管辖范围内');
  });
});

describe('a job handing a malformed task', () => {
  const broken: [string, (task: NewTask) => unknown, string][] = [
    [
      'no kind',
      (task) => ({ ...task, kind: 'dustSweep' }),
      'kind 任务类型须为粉尘清扫督促或粉尘清扫现场核查',
    ],
    ['a blank title', (task) => ({ ...task, title: '  ' }), 'title 请填写任务标题'],
    [
      'a title too long',
      (task) => ({ ...task, title: '督'.repeat(201) }),
      'title 任务标题不能超过 200 个字符',
    ],
    [
      'a detail too long',
      (task) => ({ ...task, detail: '说'.repeat(2001) }),
      'detail 任务说明不能超过 2000 个字符',
    ],
    [
      'an unknown level',
      (task) => ({ ...task, assignee: { ...task.assignee, level: 'city' } }),
      'assignee.level 层级须为镇（街道）或辖市（区）',
    ],
    ['a local due time', (task) => ({ ...task, dueAt: '2026-12-09 10:00' }), 'dueAt 期限须为 ISO 时间'],
  ];

  it.each(broken)('is refused for %s, naming the field in Chinese', async (_name, breakIt, named) => {
    const { createTask } = await index();
    const error = await createTask(breakIt(townTask(`broken-${_name}`)) as NewTask, NOW).catch(
      (e: unknown) => e,
    );
    expect(error).toMatchObject({ status: 400, message: `任务数据有误：${named}` });
  });
});
