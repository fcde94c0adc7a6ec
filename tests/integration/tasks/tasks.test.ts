import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Task } from '#functions/tasks/schemas';
import { auditTableReader } from '#tests/fixtures/audit-table';
import {
  dustTask,
  firms,
  made,
  places,
  send,
  stack,
  startTaskStack,
  stopTaskStack,
  storedPhoto,
  storedTask,
  userIds,
  who,
} from './support';

let audit: ReturnType<typeof auditTableReader>;
const ids = {} as Record<
  'overdueA' | 'laterA' | 'soonA' | 'b' | 'verifyWujin' | 'verifyLiyang' | 'urgeLiyang',
  string
>;

beforeAll(async () => {
  await startTaskStack();
  audit = auditTableReader(stack);
  ids.laterA = await made(dustTask('dustUrge', 'a', 5));
  ids.overdueA = await made(dustTask('dustUrge', 'a', -2));
  ids.soonA = await made(dustTask('dustUrge', 'a', 1));
  ids.b = await made(dustTask('dustUrge', 'b', 1));
  ids.verifyWujin = await made(dustTask('dustVerify', 'a', 3));
  ids.verifyLiyang = await made(dustTask('dustVerify', 'liyang', 3));
  ids.urgeLiyang = await made(dustTask('dustUrge', 'liyang', 1));
});
afterAll(async () => {
  audit?.close();
  await stopTaskStack();
});

const list = async (query: string, headers: Record<string, string>) => {
  const answer = await send('GET', `/api/tasks${query}`, headers);
  expect(answer.status, JSON.stringify(answer.body)).toBe(200);
  return (answer.body as { data: Task[] }).data.map((task) => task.id);
};

describe('createTask', () => {
  it('creates once per taskKey, also when called concurrently', async () => {
    // Arrange
    const { createTask } = await import('#functions/tasks/index');
    const task = dustTask('dustUrge', 'b', 2);

    // Act
    const answers = await Promise.all([1, 2, 3, 4, 5].map(() => createTask(task, new Date())));
    const again = await createTask({ ...task, title: '改了标题' }, new Date());

    // Assess
    expect(answers.filter((answer) => answer.created)).toHaveLength(1);
    expect(new Set([...answers, again].map((answer) => answer.taskId)).size).toBe(1);
    expect(again.created).toBe(false);
    expect((await storedTask(again.taskId))?.title).toBe(task.title);
  });

  it('refuses a town task without its town, writing nothing', async () => {
    const { createTask } = await import('#functions/tasks/index');
    const task = dustTask('dustUrge', 'a', 1);
    await expect(
      createTask({ ...task, assignee: { level: 'town', districtId: 'wujin' } }, new Date()),
    ).rejects.toMatchObject({ status: 400 });
  });
});

describe('GET /api/tasks', () => {
  it('gives a town officer its town tasks, overdue first then by due date', async () => {
    expect(await list('', who.townA)).toEqual([ids.overdueA, ids.soonA, ids.laterA]);
    expect(await list(`?townId=${places.wujinB.townId}`, who.townA)).toEqual([]);
  });

  it('gives a district admin its district tasks, and its towns by filter', async () => {
    expect(await list('', who.wujin)).toEqual([ids.verifyWujin]);
    expect(await list(`?level=town&townId=${places.wujinA.townId}`, who.wujin)).toEqual([
      ids.overdueA,
      ids.soonA,
      ids.laterA,
    ]);
    expect(await list(`?level=town&townId=${places.liyang.townId}`, who.wujin)).toEqual([]);
    expect(await list('?districtId=liyang', who.wujin)).toEqual([]);
  });

  it('gives the city every district, filtered by district and kind', async () => {
    expect(await list('?districtId=liyang', who.city)).toEqual([ids.urgeLiyang, ids.verifyLiyang]);
    expect(await list('?districtId=liyang&kind=dustVerify', who.city)).toEqual([ids.verifyLiyang]);
    expect(await list('?view=mine', who.city)).toEqual([]);
  });

  it('refuses grid members and enterprise users', async () => {
    expect((await send('GET', '/api/tasks', who.grid)).status).toBe(403);
    expect((await send('GET', '/api/tasks', who.firm)).status).toBe(403);
  });

  it('counts my open and overdue tasks for the menu', async () => {
    const answer = await send('GET', '/api/task-counts', who.townA);
    expect(answer.body).toEqual({ open: 3, overdue: 1 });
  });
});

describe('GET /api/tasks/{id}', () => {
  it('shows a task in scope and hides one out of scope as 404', async () => {
    const mine = await send('GET', `/api/tasks/${ids.overdueA}`, who.townA);
    expect(mine.body).toMatchObject({ id: ids.overdueA, overdue: true, canComplete: true, minPhotos: 0 });
    expect((await send('GET', `/api/tasks/${ids.b}`, who.townA)).status).toBe(404);
    expect((await send('GET', `/api/tasks/${ids.verifyWujin}`, who.townA)).status).toBe(404);
    expect((await send('GET', `/api/tasks/${ids.verifyWujin}`, who.liyang)).status).toBe(404);
  });
});

describe('POST /api/tasks/{id}/complete', () => {
  const onSite = { result: 'onSiteRectified', note: '现场检查已清扫', photoIds: [] as string[] };

  it('closes a verification task only with an on-site result and a verified photo, once, audited', async () => {
    // Arrange
    const id = await made(dustTask('dustVerify', 'a', 3));
    const photo = await storedPhoto({
      enterpriseId: firms.a,
      districtId: 'wujin',
      uploadedBy: userIds.wujin,
    });
    const pending = await storedPhoto({
      enterpriseId: firms.a,
      districtId: 'wujin',
      uploadedBy: userIds.wujin,
      status: 'PENDING',
    });
    const path = `/api/tasks/${id}/complete`;

    // Act
    const noPhoto = await send('POST', path, who.wujin, onSite);
    const wrongResult = await send('POST', path, who.wujin, {
      ...onSite,
      result: 'urged',
      photoIds: [photo],
    });
    const notVerified = await send('POST', path, who.wujin, { ...onSite, photoIds: [pending] });
    const unchanged = await storedTask(id);
    const done = await send('POST', path, who.wujin, { ...onSite, photoIds: [photo] });
    const twice = await send('POST', path, who.wujin, { ...onSite, photoIds: [photo] });

    // Assess
    expect(noPhoto.status).toBe(400);
    expect((noPhoto.body as { error: unknown }).error).toMatchObject({
      message: '粉尘清扫现场核查任务须上传至少 1 张现场照片',
      fields: [
        { path: 'body.photoIds', code: 'TASK_RULE', message: '粉尘清扫现场核查任务须上传至少 1 张现场照片' },
      ],
    });
    expect(wrongResult.status).toBe(400);
    expect((wrongResult.body as { error: unknown }).error).toMatchObject({
      fields: [
        {
          path: 'body.result',
          code: 'TASK_RULE',
          message:
            '粉尘清扫现场核查任务的办理结果须为：现场核查-已整改、现场核查-存在问题、现场核查-已停产/关闭',
        },
      ],
    });
    expect(notVerified.status).toBe(400);
    expect(unchanged).toMatchObject({ status: 'open', version: 1 });
    expect(done.status, JSON.stringify(done.body)).toBe(200);
    expect(done.body).toMatchObject({
      status: 'done',
      result: 'onSiteRectified',
      resultLabel: '现场核查-已整改',
    });
    expect(twice.status).toBe(409);
    expect((twice.body as { error: { message: string } }).error.message).toBe('该任务已办结，不能重复办结');
    const entries = (await audit.entries()).filter((e) => e.entity === 'task' && e.entityId === id);
    expect(entries.map((e) => [e.action, e.actorId])).toEqual([['complete', userIds.wujin]]);
  });

  it("refuses someone else's task with 404, also where it can be read (the district, the city)", async () => {
    const body = { result: 'urged', note: '已电话督促' };
    expect((await send('POST', `/api/tasks/${ids.b}/complete`, who.townA, body)).status).toBe(404);
    expect((await send('POST', `/api/tasks/${ids.verifyWujin}/complete`, who.liyang, onSite)).status).toBe(
      404,
    );
    const messageOf = (answer: { status: number; body: unknown }) => [
      answer.status,
      (answer.body as { error: { message: string } }).error.message,
    ];
    const town = '未找到指派给您的该任务：此任务由所在镇（街道）安全员办理';
    const district = '未找到指派给您的该任务：此任务由所在辖市（区）应急管理局办理';
    expect(messageOf(await send('POST', `/api/tasks/${ids.soonA}/complete`, who.wujin, body))).toEqual([
      404,
      town,
    ]);
    expect(messageOf(await send('POST', `/api/tasks/${ids.soonA}/complete`, who.city, body))).toEqual([
      404,
      town,
    ]);
    expect(messageOf(await send('POST', `/api/tasks/${ids.verifyWujin}/complete`, who.city, onSite))).toEqual(
      [404, district],
    );
    expect(await storedTask(ids.soonA)).toMatchObject({ status: 'open', version: 1 });
  });

  it('lets one of two concurrent completions win', async () => {
    const id = await made(dustTask('dustUrge', 'a', 1));
    const body = { result: 'urged', note: '已电话督促企业上报' };
    const answers = await Promise.all([
      send('POST', `/api/tasks/${id}/complete`, who.townA, body),
      send('POST', `/api/tasks/${id}/complete`, who.townA2, body),
    ]);
    expect(answers.map((answer) => answer.status).sort()).toEqual([200, 409]);
    expect(answers.find((answer) => answer.status === 409)?.body).toMatchObject({
      error: { code: 'TASK_DONE', message: '该任务已办结，不能重复办结' },
    });
    expect((await storedTask(id))?.version).toBe(2);
    expect(await list('?status=done', who.townA)).toContain(id);
  });
});
