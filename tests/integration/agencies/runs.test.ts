import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalStack } from '#infra/local/stack';
import { startTestStack } from '#tests/fixtures/local-stack';

/**
 * The agency transfer run protocol (imports and exports of 中介机构) on dynalite, step by step against
 * hand-written answers: who takes a task, when a dead run is taken over, what a duplicate or a replayed event
 * is, and how a failed run lets go.
 */
let stack: LocalStack;
const T0 = new Date('2026-12-06T02:00:00.000Z');
const at = (ms: number) => new Date(T0.getTime() + ms);
const TWO_MINUTES = 2 * 60_000;

beforeAll(async () => {
  stack = await startTestStack();
});
afterAll(async () => {
  await stack?.stop();
});

const runs = () => import('#functions/agencies/store/transfer-runs');
const entity = async () =>
  (await import('#functions/agencies/store/entities/agency-transfer')).agencyTransfer;

async function pendingTask(taskId: string, kind: 'import' | 'export' = 'import') {
  await (await entity())
    .create({
      taskId,
      kind,
      status: 'PENDING',
      requester: { userId: 'u1', username: 'city', name: '市局', role: 'cityAdmin' },
      objectKey: `agency-imports/${taskId}.xlsx`,
      createdAt: T0.toISOString(),
      updatedAt: T0.toISOString(),
    })
    .go();
}
const stored = async (taskId: string) =>
  (await (await entity()).get({ taskId }).go({ consistent: true })).data;

describe('taking an agency transfer for a run', () => {
  it('takes a PENDING task once: the same event again is a duplicate, another object a replay', async () => {
    const { claimAgencyTransfer: claimImport } = await runs();
    await pendingTask('task-a');
    const key = 'agency-imports/task-a.xlsx';
    const first = await claimImport('import', 'task-a', key, '"etag-1"', T0);
    if (!('run' in first)) throw new Error(`not taken: ${first.skip}`);
    expect(first.task).toMatchObject({ status: 'RUNNING', attempts: 1, eTag: '"etag-1"' });
    expect(await stored('task-a')).toMatchObject({
      status: 'RUNNING',
      runId: first.run.runId,
      leaseUntil: '2026-12-06T02:02:00.000Z',
      attempts: 1,
      updatedAt: T0.toISOString(),
    });
    expect(await claimImport('import', 'task-a', key, '"etag-1"', at(1000))).toEqual({ skip: 'duplicate' });
    expect(await claimImport('import', 'task-a', key, '"etag-2"', at(1000))).toEqual({ skip: 'replay' });
    // Exactly at the lease's end the run still holds it.
    expect(await claimImport('import', 'task-a', key, '"etag-1"', at(TWO_MINUTES))).toEqual({
      skip: 'duplicate',
    });
    expect((await stored('task-a'))?.runId).toBe(first.run.runId);
  });

  it('answers unknown for a task that does not exist or expects another object, writing nothing', async () => {
    const { claimAgencyTransfer: claimImport } = await runs();
    await pendingTask('task-b');
    expect(await claimImport('import', 'task-none', 'agency-imports/task-none.xlsx', '"e"', T0)).toEqual({
      skip: 'unknown',
    });
    expect(await claimImport('export', 'task-b', 'agency-imports/task-b.xlsx', '"e"', T0)).toEqual({
      skip: 'unknown',
    });
    expect(await claimImport('import', 'task-b', 'agency-imports/other.xlsx', '"e"', T0)).toEqual({
      skip: 'unknown',
    });
    expect(await stored('task-b')).toMatchObject({ status: 'PENDING', attempts: 0 });
    expect(await stored('task-none')).toBeNull();
  });

  it('takes over a run whose lease has passed; the old run can neither write progress nor let go', async () => {
    const {
      claimAgencyTransfer: claimImport,
      updateAgencyRun: updateRun,
      releaseAgencyRun: releaseRun,
    } = await runs();
    await pendingTask('task-c');
    const key = 'agency-imports/task-c.xlsx';
    const dead = await claimImport('import', 'task-c', key, '"e1"', T0);
    const next = await claimImport('import', 'task-c', key, '"e1"', at(TWO_MINUTES + 1));
    if (!('run' in dead) || !('run' in next)) throw new Error('both runs should have taken the task');
    expect(next.run.runId).not.toBe(dead.run.runId);
    expect(next.task.attempts).toBe(2);
    await expect(updateRun(dead.run, { processed: 5 }, at(TWO_MINUTES + 2))).rejects.toThrow();
    await releaseRun(dead.run, 3, '旧的运行', at(TWO_MINUTES + 2));
    await updateRun(next.run, { processed: 7, total: 9 }, at(TWO_MINUTES + 3));
    expect(await stored('task-c')).toMatchObject({
      status: 'RUNNING',
      runId: next.run.runId,
      processed: 7,
      total: 9,
      leaseUntil: new Date(T0.getTime() + 2 * TWO_MINUTES + 3).toISOString(),
    });
    expect((await stored('task-c'))?.message).toBeUndefined();
  });

  it('lets a retry take the task at once after a failed attempt, and gives up as FAILED after the third', async () => {
    const { claimAgencyTransfer: claimImport, releaseAgencyRun: releaseRun } = await runs();
    await pendingTask('task-d');
    const key = 'agency-imports/task-d.xlsx';
    for (const attempt of [1, 2]) {
      const claim = await claimImport('import', 'task-d', key, '"e"', at(attempt * 10));
      if (!('run' in claim)) throw new Error(`attempt ${attempt} not taken: ${claim.skip}`);
      expect(claim.task.attempts).toBe(attempt);
      await releaseRun(claim.run, attempt, '读取失败', at(attempt * 10 + 1));
      expect(await stored('task-d')).toMatchObject({
        status: 'RUNNING',
        leaseUntil: at(attempt * 10 + 1).toISOString(),
      });
    }
    const third = await claimImport('import', 'task-d', key, '"e"', at(30));
    if (!('run' in third)) throw new Error('the third attempt should take the task');
    await releaseRun(third.run, 3, '导入失败：文件无法读取', at(31));
    expect(await stored('task-d')).toMatchObject({ status: 'FAILED', message: '导入失败：文件无法读取' });
    expect(await claimImport('import', 'task-d', key, '"e"', at(TWO_MINUTES * 10))).toEqual({
      skip: 'duplicate',
    });
  });

  it('gives a task to exactly one of eight events delivered at the same instant', async () => {
    const { claimAgencyTransfer: claimImport } = await runs();
    await pendingTask('task-e');
    const claims = await Promise.all(
      Array.from({ length: 8 }, () =>
        claimImport('import', 'task-e', 'agency-imports/task-e.xlsx', '"e"', T0),
      ),
    );
    const taken = claims.filter((claim) => 'run' in claim);
    expect(taken).toHaveLength(1);
    expect(claims.filter((claim) => 'skip' in claim && claim.skip === 'duplicate')).toHaveLength(7);
    expect((await stored('task-e'))?.attempts).toBe(1);
  });

  it('ends a run as DONE: no more progress from it, and the same event again is a duplicate', async () => {
    const { claimAgencyTransfer: claimImport, updateAgencyRun: updateRun } = await runs();
    await pendingTask('task-f');
    const key = 'agency-imports/task-f.xlsx';
    const claim = await claimImport('import', 'task-f', key, '"e"', T0);
    if (!('run' in claim)) throw new Error('the task should be taken');
    await updateRun(claim.run, { status: 'DONE', processed: 3, created: 2, unchanged: 1 }, at(5));
    await expect(updateRun(claim.run, { processed: 4 }, at(6))).rejects.toThrow();
    expect(await stored('task-f')).toMatchObject({ status: 'DONE', processed: 3, created: 2, unchanged: 1 });
    expect(await claimImport('import', 'task-f', key, '"e"', at(TWO_MINUTES * 10))).toEqual({
      skip: 'duplicate',
    });
  });
});
