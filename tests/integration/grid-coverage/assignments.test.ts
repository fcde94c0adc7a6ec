import type { S3Event } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeEnterprise } from '#tests/integration/enterprises/support';
import {
  city,
  type Error4xx,
  names,
  outsideAll,
  runCoverageJob,
  send,
  stack,
  startWorld,
  stopWorld,
  who,
  world,
} from '#tests/integration/grid-coverage/support';

/**
 * Bulk assignment of a town's outside enterprises to one of its grids: each bad input is a 4xx that writes
 * nothing; a good one is a task whose worker assigns, audits and counts every enterprise once, however many
 * workers run it.
 */
type Assignment = {
  id: string;
  status: string;
  total: number;
  processed: number;
  assigned: number;
  already: number;
  skipped: number;
};
type AuditEntry = { action: string; entity: string; entityId: string; requestId: string };

const assignmentOf = async (id: string, headers = city) =>
  (await send('GET', `/api/grid-assignments/${id}`, headers)).body as Assignment;

/** Every audit entry about enterprises of action assignGrid (the city's log, newest first). */
async function assignAudits(): Promise<AuditEntry[]> {
  const entries: AuditEntry[] = [];
  let cursor: string | null = null;
  do {
    const answer = await send(
      'GET',
      `/api/audit?limit=100&entity=enterprise${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
      city,
    );
    const page = answer.body as { data: AuditEntry[]; nextCursor: string | null };
    entries.push(...page.data.filter((entry) => entry.action === 'assignGrid'));
    cursor = page.nextCursor;
  } while (cursor);
  return entries;
}

/** Sends `request` and expects `status` with nothing written anywhere (emulators' write count unchanged). */
async function refusedWithoutWrite(
  method: string,
  path: string,
  headers: Record<string, string>,
  body?: unknown,
) {
  const writes = stack.storageWrites();
  const answer = await send(method, path, headers, body);
  await stack.whenIdle();
  expect(stack.storageWrites(), `${method} ${path} wrote`).toBe(writes);
  return answer as { status: number; body: Error4xx };
}

beforeAll(startWorld, 240_000);
afterAll(stopWorld);

describe('bulk assignment: bad input', () => {
  it('refuses a grid of another town (400 on gridId), writing nothing', async () => {
    const body = { townId: world.a.townId, gridId: world.b.gridId };
    const answer = await refusedWithoutWrite('POST', '/api/grid-assignments', who.wujin, body);
    expect(answer.status).toBe(400);
    expect(answer.body.error.code).toBe('GRID_OF_OTHER_TOWN');
    expect(answer.body.error.fields?.[0]).toMatchObject({ path: 'body.gridId', code: 'grid_of_other_town' });
    expect(answer.body.error.message).toMatch(/镇/);
  });

  it('refuses a grid that does not exist (400 on gridId), writing nothing', async () => {
    const body = { townId: world.a.townId, gridId: '01JZZZZZZZZZZZZZZZZZZZZZZZ' };
    const answer = await refusedWithoutWrite('POST', '/api/grid-assignments', who.wujin, body);
    expect(answer.status).toBe(400);
    expect(answer.body.error.code).toBe('UNKNOWN_GRID');
    expect(answer.body.error.fields?.[0]?.path).toBe('body.gridId');
  });

  it('refuses a town officer, for its own town as for another (403), writing nothing', async () => {
    for (const place of [world.a, world.b]) {
      const body = { townId: place.townId, gridId: place.gridId };
      const answer = await refusedWithoutWrite('POST', '/api/grid-assignments', who.townA, body);
      expect(answer.status).toBe(403);
      expect(answer.body.error.message).toMatch(/[\u4e00-\u9fff]/);
    }
    const preview = await send(
      'GET',
      `/api/grid-assignments/preview?townId=${world.a.townId}&gridId=${world.a.gridId}`,
      who.townA,
    );
    expect(preview.status).toBe(403);
  });

  it("answers 404 for a town outside the caller's district, and for another district's assignment", async () => {
    const body = { townId: world.c.townId, gridId: world.c.gridId };
    const answer = await refusedWithoutWrite('POST', '/api/grid-assignments', who.wujin, body);
    expect(answer.status).toBe(404);
    const missing = await refusedWithoutWrite('POST', '/api/grid-assignments', who.wujin, {
      townId: '01JZZZZZZZZZZZZZZZZZZZZZZZ',
      gridId: world.a.gridId,
    });
    expect(missing.status).toBe(404);
    const preview = await send(
      'GET',
      `/api/grid-assignments/preview?townId=${world.c.townId}&gridId=${world.c.gridId}`,
      who.wujin,
    );
    expect(preview.status).toBe(404);
  });

  it('refuses an empty selection (400) and a malformed body (400 with field errors), writing nothing', async () => {
    const none = await refusedWithoutWrite('POST', '/api/grid-assignments', who.wujin, {
      townId: world.a.townId,
      gridId: world.a.gridId,
      industry: '烟草',
    });
    expect(none.status).toBe(400);
    expect(none.body.error.code).toBe('NOTHING_SELECTED');
    const bad = await refusedWithoutWrite('POST', '/api/grid-assignments', who.wujin, {
      townId: world.a.townId,
      gridId: world.a.gridId,
      industry: '化工',
      extra: 1,
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields?.map((field) => field.path)).toContain('body.industry');
  });
});

describe('bulk assignment: preview and task', () => {
  it('previews the count and the first rows without writing, then assigns them as a task with progress', async () => {
    await runCoverageJob(new Date('2030-01-01T02:00:00Z'));
    const query = `townId=${world.a.townId}&gridId=${world.a.gridId}&industry=${encodeURIComponent('机械')}`;
    const writes = stack.storageWrites();
    const preview = await send('GET', `/api/grid-assignments/preview?${query}`, who.wujin);
    expect(stack.storageWrites()).toBe(writes);
    expect(preview.status).toBe(200);
    const previewBody = preview.body as { count: number; rows: { name: string }[]; tooMany: boolean };
    expect(previewBody.count).toBe(2);
    expect(previewBody.tooMany).toBe(false);
    expect(names(previewBody.rows)).toEqual(['湖塘精密机械有限公司', '湖塘重工机械有限公司']);

    const created = await send('POST', '/api/grid-assignments', who.wujin, {
      townId: world.a.townId,
      gridId: world.a.gridId,
      industry: '机械',
    });
    expect(created.status).toBe(201);
    const task = created.body as Assignment;
    expect(task).toMatchObject({ status: 'PENDING', total: 2, processed: 0 });
    await stack.whenIdle();
    expect(await assignmentOf(task.id, who.wujin)).toMatchObject({
      status: 'DONE',
      total: 2,
      processed: 2,
      assigned: 2,
      already: 0,
      skipped: 0,
    });
    // another district's admin does not see it
    expect((await send('GET', `/api/grid-assignments/${task.id}`, who.liyang)).status).toBe(404);

    // the enterprises are in the grid, the list lost them, the coverage was recounted by the worker
    const moved = await send('GET', `/api/enterprises/${world.outsideA[0]?.id}`, city);
    expect((moved.body as { gridId: string }).gridId).toBe(world.a.gridId);
    expect(names(await outsideAll(`townId=${world.a.townId}`, city))).toEqual(['湖塘纸品有限公司']);
    const coverage = (await send('GET', '/api/grid-coverage', who.wujin)).body as {
      outside: number;
      inGrid: number;
    };
    expect(coverage).toMatchObject({ inGrid: 6, outside: 2 });
    // one audit entry per enterprise, in the requester's name, plus the request's own
    const audits = await assignAudits();
    expect(
      audits
        .filter((entry) => entry.requestId === task.id)
        .map((entry) => entry.entityId)
        .sort(),
    ).toEqual([world.outsideA[0]?.id, world.outsideA[1]?.id].sort());
  });

  it('assigns and audits each enterprise once when two more workers run the same task at the same time', async () => {
    const created = await send('POST', '/api/grid-assignments', city, {
      townId: world.c.townId,
      gridId: world.c.gridId,
    });
    expect(created.status).toBe(201);
    const task = created.body as Assignment;
    // the stack's own delivery runs too: three workers on one assignment
    const { handler } = await import('#functions/grid-coverage/events/assign');
    const event = {
      Records: [{ s3: { object: { key: `grid-assignments/${task.id}.json` } } }],
    } as unknown as S3Event;
    await Promise.all([handler(event), handler(event)]);
    await stack.whenIdle();
    expect(await assignmentOf(task.id)).toMatchObject({
      status: 'DONE',
      total: 2,
      processed: 2,
      assigned: 2,
      already: 0,
    });
    const audits = (await assignAudits()).filter((entry) => entry.requestId === task.id);
    expect(audits.map((entry) => entry.entityId).sort()).toEqual(world.outsideC.map((e) => e.id).sort());
    // a retried worker after the end does nothing more
    await handler(event);
    expect((await assignAudits()).filter((entry) => entry.requestId === task.id)).toHaveLength(2);
    expect(await outsideAll('districtId=liyang', city)).toEqual([]);
  });

  it('resumes after a worker died half-way: the rest is assigned, nothing twice, the counts exact', async () => {
    const extra = [];
    for (let i = 0; i < 5; i += 1)
      extra.push(await makeEnterprise({ ...world.b, gridId: null }, { name: `牛塘补录企业${i}有限公司` }));
    const ids = [...world.outsideB, ...extra].map((e) => e.id).sort();
    const { assignment } = await import('#functions/grid-coverage/store/entities/assignment');
    const { runAssignment } = await import('#functions/grid-coverage/events/assign-run');
    const at = new Date().toISOString();
    const assignmentId = '01JRESUMEWORKER00000000000';
    const { data: item } = await assignment
      .create({
        assignmentId,
        status: 'PENDING',
        requester: {
          userId: 'u-wujin',
          username: 'wujin',
          name: '武进区管理员',
          role: 'districtAdmin',
          districtId: 'wujin',
        },
        districtId: 'wujin',
        townId: world.b.townId,
        townName: '牛塘镇',
        gridId: world.b.gridId,
        gridName: '牛塘一网格',
        filter: {},
        enterpriseIds: ids,
        total: ids.length,
        objectKey: `grid-assignments/${assignmentId}.json`,
        createdAt: at,
        updatedAt: at,
      })
      .go();
    let calls = 0;
    const dying = () => {
      calls += 1;
      if (calls > 4) throw new Error('the worker died');
      return new Date();
    };
    await expect(runAssignment(item as never, dying)).rejects.toThrow('the worker died');
    const half = await assignmentOf(assignmentId);
    expect(half.status).toBe('RUNNING');
    expect(half.processed).toBeLessThan(ids.length);
    await runAssignment(item as never, () => new Date());
    expect(await assignmentOf(assignmentId)).toMatchObject({
      status: 'DONE',
      total: 6,
      processed: 6,
      assigned: 6,
      already: 0,
      skipped: 0,
    });
    const audits = (await assignAudits()).filter((entry) => entry.requestId === assignmentId);
    expect(audits.map((entry) => entry.entityId).sort()).toEqual(ids);
    expect(await outsideAll(`townId=${world.b.townId}`, city)).toEqual([]);
  });

  it('a worker that died after counting an enterprise, before closing its mark: the rerun does not count it twice', async () => {
    // Prepare: the finished assignment above, put back in the state such a crash leaves (one mark still claimed)
    const { assignment, assignmentMark } = await import('#functions/grid-coverage/store/entities/assignment');
    const { runAssignment } = await import('#functions/grid-coverage/events/assign-run');
    const assignmentId = '01JRESUMEWORKER00000000000';
    const { data: item } = await assignment.get({ assignmentId }).go();
    const enterpriseId = item?.enterpriseIds[0] as string;
    await assignmentMark.patch({ assignmentId, enterpriseId }).set({ state: 'claimed' }).go();
    await assignment.patch({ assignmentId }).set({ status: 'RUNNING' }).go();
    const { data: crashed } = await assignment.get({ assignmentId }).go();
    const auditsBefore = (await assignAudits()).filter((entry) => entry.requestId === assignmentId).length;

    // Act
    await runAssignment(crashed as never, () => new Date());

    // Assess
    expect(await assignmentOf(assignmentId)).toMatchObject({ status: 'DONE', processed: 6, assigned: 6 });
    const { data: mark } = await assignmentMark.get({ assignmentId, enterpriseId }).go();
    expect(mark?.state).toBe('done');
    expect((await assignAudits()).filter((entry) => entry.requestId === assignmentId)).toHaveLength(
      auditsBefore,
    );
  });
});
