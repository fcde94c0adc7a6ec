import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  at,
  dayOf,
  messagesOf,
  moveClock,
  runLadder,
  send,
  site,
  siteMessageKeys,
  siteTasks,
  startWalk,
  stopWalk,
  uploadCleaning,
  who,
} from '#tests/integration/dust/done-when-support';

/**
 * Issue 13, done when: one site walks through days 1–8 without uploads, the ladder job running at 18:00 and
 * again at 23:00 every day (the local scheduler's way) and, on days 3 and 7, once more forced (no job-run
 * record, so only the idempotency keys stop a repeat). What the outbox and the inboxes hold is read after each
 * day, through the API. Then an upload on day 8 ends the streak, and on day 9 an upload rejected by the town
 * officer makes the day unsatisfied again.
 */
type Snapshot = {
  remind: string[];
  urge: string[];
  verify: string[];
  urgeTasks: number;
  verifyTasks: number;
};
const seen: Record<number, Snapshot> = {};
let rejectedCleaning = '';
let secondReview = 0;
let reupload: string[] = [];
let metrics: Record<'day8' | 'day9', { missing: string[]; uploaded: number | undefined }>;

async function snapshot(): Promise<Snapshot> {
  return {
    remind: await siteMessageKeys('dustRemind'),
    urge: await siteMessageKeys('dustUrge'),
    verify: await siteMessageKeys('dustVerify'),
    urgeTasks: (await siteTasks('dustUrge')).length,
    verifyTasks: (await siteTasks('dustVerify')).length,
  };
}

async function dustRate(day: string) {
  const answer = await send('GET', `/api/metrics/dust?level=town&date=${day}`, who.town);
  if (answer.status !== 200) throw new Error(`metrics: ${answer.status} ${JSON.stringify(answer.body)}`);
  const body = answer.body as { total: { uploaded: number }; missing: Array<{ siteId: string }> };
  return { missing: body.missing.map((row) => row.siteId), uploaded: body.total.uploaded };
}

/** Day n's steps: the day's uploads and review (days 8 and 9), then the ladder at 18:00, 23:00 (and forced). */
async function walkDay(n: number) {
  if (n === 8) {
    await moveClock(at(8, '10:00'));
    await uploadCleaning(8);
  }
  if (n === 9) {
    await moveClock(at(9, '10:00'));
    rejectedCleaning = await uploadCleaning(9);
    await moveClock(at(9, '11:00'));
    const reason = { decision: 'reject', reason: '照片模糊，看不清清扫区域，请重新拍摄' };
    const first = await send('POST', `/api/dust-cleanings/${rejectedCleaning}/review`, who.town, reason);
    if (first.status !== 200) throw new Error(`review: ${first.status} ${JSON.stringify(first.body)}`);
    secondReview = (await send('POST', `/api/dust-cleanings/${rejectedCleaning}/review`, who.town, reason))
      .status;
  }
  await runLadder(at(n, '18:00'));
  await runLadder(at(n, '23:00'));
  if (n === 3 || n === 7) {
    const { runDustLadder } = await import('#functions/dust-ladder/index');
    await runDustLadder(new Date(at(n, '23:30')));
  }
  seen[n] = await snapshot();
}

/** Why days 8–9 could not be walked (kept so that the days 1–7 tests still say what they found). */
let lateFailure: unknown;

beforeAll(async () => {
  await startWalk();
  for (let n = 1; n <= 7; n += 1) await walkDay(n);
  try {
    for (let n = 8; n <= 9; n += 1) await walkDay(n);
    reupload = (await messagesOf('dustReupload')).map((message) => message.idempotencyKey);
    metrics = { day8: await dustRate(dayOf(8)), day9: await dustRate(dayOf(9)) };
  } catch (error) {
    lateFailure = error;
  }
}, 240_000);

afterAll(stopWalk);

const reminds = (days: number[]) => days.map((n) => `dust-remind#${site.id}#${dayOf(n)}`);

describe('days 1–7 without an upload, then an upload on day 8; the ladder at 18:00 and 23:00', () => {
  it('sends exactly one remind a day on days 1–7', () => {
    // Assess
    expect(seen[1]?.remind).toEqual(reminds([1]));
    expect(seen[2]?.remind).toEqual(reminds([1, 2]));
    expect(seen[3]?.remind).toEqual(reminds([1, 2, 3]));
    expect(seen[6]?.remind).toEqual(reminds([1, 2, 3, 4, 5, 6]));
    expect(seen[7]?.remind).toEqual(reminds([1, 2, 3, 4, 5, 6, 7]));
  });

  it('urges once, on day 3 (an SMS to the principal and one town task), for the streak from day 1', () => {
    // Assess
    expect([seen[2]?.urge, seen[2]?.urgeTasks]).toEqual([[], 0]);
    expect([seen[3]?.urge, seen[3]?.urgeTasks]).toEqual([[`dust-urge#${site.id}#${dayOf(1)}`], 1]);
    expect([seen[7]?.urge.length, seen[7]?.urgeTasks]).toEqual([1, 1]);
  });

  it('creates one verification task (and one urgent SMS) on day 7, not before', () => {
    // Assess
    expect([seen[6]?.verify, seen[6]?.verifyTasks]).toEqual([[], 0]);
    expect([seen[7]?.verify, seen[7]?.verifyTasks]).toEqual([[`dust-verify#${site.id}#${dayOf(1)}`], 1]);
  });

  it('ends the streak with the upload on day 8: no remind that day, nothing escalated again, day 8 counted', () => {
    // Assess
    expect(lateFailure).toBeUndefined();
    expect(seen[8]?.remind).toEqual(reminds([1, 2, 3, 4, 5, 6, 7]));
    expect([seen[8]?.urge.length, seen[8]?.urgeTasks, seen[8]?.verify.length, seen[8]?.verifyTasks]).toEqual([
      1, 1, 1, 1,
    ]);
    expect(metrics.day8.missing).toEqual([]);
    expect(metrics.day8.uploaded).toBe(1);
  });
});

describe('day 9: the upload rejected in the spot check', () => {
  it('makes day 9 unsatisfied again: a new streak of one day, reminded once, not urged', () => {
    // Assess
    expect(lateFailure).toBeUndefined();
    expect(seen[9]?.remind).toEqual(reminds([1, 2, 3, 4, 5, 6, 7, 9]));
    expect([seen[9]?.urge.length, seen[9]?.urgeTasks, seen[9]?.verifyTasks]).toEqual([1, 1, 1]);
    expect(metrics.day9.missing).toEqual([site.id]);
    expect(metrics.day9.uploaded).toBe(0);
  });

  it('sends one re-upload message, and a second review of the rejected upload is refused', () => {
    // Assess
    expect(lateFailure).toBeUndefined();
    expect(reupload).toEqual([`dust-reupload#${rejectedCleaning}`]);
    expect(secondReview).toBe(409);
  });
});
