import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalStack } from '#infra/local/stack';
import { startTestStack } from '#tests/fixtures/local-stack';

/**
 * The label-sheet run protocol on dynalite, step by step against hand-written answers: who takes a sheet, when a
 * dead run is taken over, what a duplicate or a replayed event is, and how a failed run lets go.
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

const runs = () => import('#functions/labels/store/runs');
const entity = async () => (await import('#functions/labels/store/entities/label-sheet')).labelSheet;

async function pendingSheet(sheetId: string) {
  await (await entity())
    .create({
      sheetId,
      status: 'PENDING',
      requester: { userId: 'u1', username: 'city', name: '市局', role: 'cityAdmin' },
      objectKey: `label-requests/${sheetId}.json`,
      selection: { ids: ['p1'] },
      createdAt: T0.toISOString(),
      updatedAt: T0.toISOString(),
    })
    .go();
}
const stored = async (sheetId: string) =>
  (await (await entity()).get({ sheetId }).go({ consistent: true })).data;

describe('taking a label sheet for a run', () => {
  it('takes a PENDING sheet once: the same event again is a duplicate, another object a replay', async () => {
    const { claimLabelSheet } = await runs();
    await pendingSheet('sheet-a');
    const key = 'label-requests/sheet-a.json';
    const first = await claimLabelSheet('sheet-a', key, '"etag-1"', T0);
    if (!('run' in first)) throw new Error(`not taken: ${first.skip}`);
    expect(first.sheet).toMatchObject({ status: 'RUNNING', attempts: 1, eTag: '"etag-1"' });
    expect(await stored('sheet-a')).toMatchObject({
      status: 'RUNNING',
      runId: first.run.runId,
      leaseUntil: '2026-12-06T02:02:00.000Z',
      attempts: 1,
      updatedAt: T0.toISOString(),
    });
    expect(await claimLabelSheet('sheet-a', key, '"etag-1"', at(1000))).toEqual({ skip: 'duplicate' });
    expect(await claimLabelSheet('sheet-a', key, '"etag-2"', at(1000))).toEqual({ skip: 'replay' });
    // Exactly at the lease's end the run still holds it.
    expect(await claimLabelSheet('sheet-a', key, '"etag-1"', at(TWO_MINUTES))).toEqual({ skip: 'duplicate' });
    expect((await stored('sheet-a'))?.runId).toBe(first.run.runId);
  });

  it('answers unknown for a sheet that does not exist or expects another object, writing nothing', async () => {
    const { claimLabelSheet } = await runs();
    await pendingSheet('sheet-b');
    expect(await claimLabelSheet('sheet-none', 'label-requests/sheet-none.json', '"e"', T0)).toEqual({
      skip: 'unknown',
    });
    expect(await claimLabelSheet('sheet-b', 'label-requests/other.json', '"e"', T0)).toEqual({
      skip: 'unknown',
    });
    expect(await stored('sheet-b')).toMatchObject({ status: 'PENDING', attempts: 0 });
    expect(await stored('sheet-none')).toBeNull();
  });

  it('takes over a run whose lease has passed; the old run can neither write progress nor let go', async () => {
    const { claimLabelSheet, updateRun, releaseRun } = await runs();
    await pendingSheet('sheet-c');
    const key = 'label-requests/sheet-c.json';
    const dead = await claimLabelSheet('sheet-c', key, '"e1"', T0);
    const next = await claimLabelSheet('sheet-c', key, '"e1"', at(TWO_MINUTES + 1));
    if (!('run' in dead) || !('run' in next)) throw new Error('both runs should have taken the sheet');
    expect(next.run.runId).not.toBe(dead.run.runId);
    expect(next.sheet.attempts).toBe(2);
    await expect(updateRun(dead.run, { processed: 5 }, at(TWO_MINUTES + 2))).rejects.toThrow();
    await releaseRun(dead.run, 3, '旧的运行', at(TWO_MINUTES + 2));
    await updateRun(next.run, { processed: 7, total: 9 }, at(TWO_MINUTES + 3));
    expect(await stored('sheet-c')).toMatchObject({
      status: 'RUNNING',
      runId: next.run.runId,
      processed: 7,
      total: 9,
      leaseUntil: new Date(T0.getTime() + 2 * TWO_MINUTES + 3).toISOString(),
    });
    expect((await stored('sheet-c'))?.message).toBeUndefined();
  });

  it('lets a retry take the sheet at once after a failed attempt, and gives up as FAILED after the third', async () => {
    const { claimLabelSheet, releaseRun } = await runs();
    await pendingSheet('sheet-d');
    const key = 'label-requests/sheet-d.json';
    for (const attempt of [1, 2]) {
      const claim = await claimLabelSheet('sheet-d', key, '"e"', at(attempt * 10));
      if (!('run' in claim)) throw new Error(`attempt ${attempt} not taken: ${claim.skip}`);
      expect(claim.sheet.attempts).toBe(attempt);
      await releaseRun(claim.run, attempt, '打印失败', at(attempt * 10 + 1));
      expect(await stored('sheet-d')).toMatchObject({
        status: 'RUNNING',
        leaseUntil: at(attempt * 10 + 1).toISOString(),
      });
    }
    const third = await claimLabelSheet('sheet-d', key, '"e"', at(30));
    if (!('run' in third)) throw new Error('the third attempt should take the sheet');
    await releaseRun(third.run, 3, '标签生成失败：字体缺失', at(31));
    expect(await stored('sheet-d')).toMatchObject({ status: 'FAILED', message: '标签生成失败：字体缺失' });
    expect(await claimLabelSheet('sheet-d', key, '"e"', at(TWO_MINUTES * 10))).toEqual({ skip: 'duplicate' });
  });

  it('gives a sheet to exactly one of eight events delivered at the same instant', async () => {
    const { claimLabelSheet } = await runs();
    await pendingSheet('sheet-e');
    const claims = await Promise.all(
      Array.from({ length: 8 }, () => claimLabelSheet('sheet-e', 'label-requests/sheet-e.json', '"e"', T0)),
    );
    const taken = claims.filter((claim) => 'run' in claim);
    expect(taken).toHaveLength(1);
    expect(claims.filter((claim) => 'skip' in claim && claim.skip === 'duplicate')).toHaveLength(7);
    expect((await stored('sheet-e'))?.attempts).toBe(1);
  });
});
