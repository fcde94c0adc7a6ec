import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DustCleaning } from '#functions/dust-cleanings/index';
import { runJob } from '#infra/local/scheduler';
import type { LocalStack } from '#infra/local/stack';
import { startTestStack } from '#tests/fixtures/local-stack';

/**
 * The dust-spot-check job on dynalite: it samples the day before its run per town (every suspect cleaning, then
 * the share of the rest, rounded up), skips cleanings decided already, and a second run adds nothing.
 */
let stack: LocalStack;
let queue: typeof import('#functions/dust-cleanings/store/review-queue');
let job: typeof import('#functions/dust-cleanings/jobs/spot-check');
let entity: typeof import('#functions/dust-cleanings/store/entities/cleaning');

const DAY = '2030-06-01';
const MORNING = new Date('2030-06-02T08:30:00+08:00');

function cleaning(
  id: string,
  place: { districtId: string; townId: string },
  more: Partial<DustCleaning> = {},
): DustCleaning {
  return {
    cleaningId: id,
    clientId: `client-${id}`,
    siteId: `S-${id}`,
    siteName: `车间 ${id}`,
    enterpriseId: `E-${id}`,
    enterpriseName: '常州粉末冶金厂',
    ...place,
    day: DAY,
    uploadedAt: '2030-06-01T01:00:00.000Z',
    uploadedBy: 'U1',
    uploadedByName: '张三',
    photoIds: [`P-${id}`],
    suspect: false,
    suspectReasons: [],
    review: 'none',
    ...more,
  };
}
const townA = { districtId: 'wujin', townId: 'town-a' };
const townB = { districtId: 'liyang', townId: 'town-b' };
const suspect = { suspect: true, suspectReasons: ['similar'] };

beforeAll(async () => {
  stack = await startTestStack();
  queue = await import('#functions/dust-cleanings/store/review-queue');
  job = await import('#functions/dust-cleanings/jobs/spot-check');
  entity = await import('#functions/dust-cleanings/store/entities/cleaning');
  const { putCleaningsForSeed } = await import('#functions/dust-cleanings/index');
  await putCleaningsForSeed([
    // town A: 6 cleanings, 3 suspect (one already rejected): 10 % of 6 is 1, fewer than the suspects
    cleaning('A1', townA, suspect),
    cleaning('A2', townA, { suspect: true, suspectReasons: ['duplicate', 'captureGap'] }),
    cleaning('A3', townA, { ...suspect, review: 'rejected', reviewedBy: 'U-town', reason: '模糊' }),
    cleaning('A4', townA),
    cleaning('A5', townA),
    cleaning('A6', townA),
    // town B: 3 cleanings, none suspect: 10 % of 3 rounds up to 1
    cleaning('B1', townB),
    cleaning('B2', townB),
    cleaning('B3', townB),
    // another day: not sampled by the run of 2030-06-02
    cleaning('C1', townA, { ...suspect, day: '2030-05-31' }),
  ]);
}, 60_000);
afterAll(async () => stack?.stop());

const ids = (items: { cleaningId: string }[]) => items.map((item) => item.cleaningId);
const reviewOf = async (id: string) => (await entity.dustCleaning.get({ cleaningId: id }).go()).data?.review;

describe('the dust-spot-check job', () => {
  it('queues every undecided suspect cleaning of yesterday, and the share of the others, per town', async () => {
    // Act
    const run = stack.bindings.jobs.find((candidate) => candidate.name === 'dust-spot-check');
    if (!run) throw new Error('the manifest has no dust-spot-check job');
    const result = await runJob(run, MORNING);

    // Assess
    expect(result).toEqual({ items: 9 });
    const a = await queue.reviewQueueOf({ townId: 'town-a' }, DAY);
    expect(a.map((item) => [item.cleaningId, item.suspect, item.state])).toEqual([
      ['A1', true, 'queued'],
      ['A2', true, 'queued'],
    ]);
    expect(a[1]?.suspectReasons).toEqual(['duplicate', 'captureGap']);
    const b = await queue.reviewQueueOf({ townId: 'town-b' }, DAY);
    expect(b).toHaveLength(1);
    expect(['B1', 'B2', 'B3']).toContain(b[0]?.cleaningId);
    expect(await reviewOf('A1')).toBe('queued');
    expect(await reviewOf('A3')).toBe('rejected');
    expect(await reviewOf('A4')).toBe('none');
    expect(await queue.reviewQueueOf({ townId: 'town-a' }, '2030-05-31')).toEqual([]);
  });

  it('adds nothing when run again: the job run is done, and a forced rerun queues none', async () => {
    // Prepare
    const before = ids(await queue.reviewQueueOf({ districtId: 'liyang' }));

    // Act
    const run = stack.bindings.jobs.find((candidate) => candidate.name === 'dust-spot-check');
    const again = run ? await runJob(run, new Date('2030-06-02T23:00:00+08:00')) : null;
    const forced = await job.runSpotCheck(new Date('2030-06-02T12:00:00+08:00'), 0.1);

    // Assess
    expect(again).toMatchObject({ skipped: true });
    expect(forced).toMatchObject({ day: DAY, cleanings: 9, sampled: 3, queued: 0 });
    expect(ids(await queue.reviewQueueOf({ districtId: 'liyang' }))).toEqual(before);
    expect(ids(await queue.reviewQueueOf({ districtId: 'wujin' }))).toEqual(['A1', 'A2']);
  });

  it('with a larger share draws more of the others, still with every suspect one and none twice', async () => {
    // Act
    const half = await job.runSpotCheck(new Date('2030-06-02T12:00:00+08:00'), 0.5);

    // Assess: town A wants ⌈3⌉ = 3, its 3 suspects (A3 reviewed already) fill it: none more; B ⌈1.5⌉ = 2: one more
    expect(half).toMatchObject({ sampled: 4, queued: 1 });
    expect(ids(await queue.reviewQueueOf({ townId: 'town-a' }, DAY))).toEqual(['A1', 'A2']);
    expect(await queue.reviewQueueOf({ townId: 'town-b' }, DAY)).toHaveLength(2);
  });
});
