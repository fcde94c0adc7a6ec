import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalStack } from '#infra/local/stack';
import { startTestStack } from '#tests/fixtures/local-stack';

/**
 * The spot-check queue's store on dynalite (the route and job that use it are not built yet): queuing is
 * idempotent, the town's queue reads suspect first, and a rejection is final — of two concurrent ones exactly
 * one wins.
 */
let stack: LocalStack;
let queue: typeof import('#functions/dust-cleanings/store/review-queue');
let entity: typeof import('#functions/dust-cleanings/store/entities/cleaning');

const DAY = '2026-12-01';
const cleaning = (cleaningId: string, suspect: boolean, townId = 'hutang') => ({
  cleaningId,
  siteId: `S-${cleaningId}`,
  enterpriseId: `E-${cleaningId}`,
  districtId: 'wujin',
  townId,
  day: DAY,
  suspect,
  suspectReasons: suspect ? ['similar'] : [],
});

beforeAll(async () => {
  stack = await startTestStack();
  queue = await import('#functions/dust-cleanings/store/review-queue');
  entity = await import('#functions/dust-cleanings/store/entities/cleaning');
  for (const [id, suspect] of [
    ['C1', false],
    ['C2', true],
    ['C3', false],
  ] as const) {
    await entity.dustCleaning
      .create({
        ...cleaning(id, suspect),
        clientId: `client-${id}`,
        siteName: `一号车间 ${id}`,
        enterpriseName: '常州湖塘机械厂',
        uploadedAt: '2026-12-01T02:00:00.000Z',
        uploadedBy: 'U1',
        uploadedByName: '张三',
        photoIds: ['P1'],
        review: 'none',
      })
      .go();
  }
}, 60_000);
afterAll(async () => stack?.stop());

const reviewOf = async (id: string) => (await entity.dustCleaning.get({ cleaningId: id }).go()).data?.review;

describe('the dust review queue', () => {
  it('queues each cleaning once, marks it queued, and reads the town suspect first', async () => {
    // Act
    const at = new Date('2026-12-02T00:30:00.000Z');
    const first = await queue.queueForReview([cleaning('C1', false), cleaning('C2', true)], at);
    const second = await queue.queueForReview([cleaning('C2', true), cleaning('C1', false)], at);
    const items = await queue.reviewQueueOf({ townId: 'hutang' }, DAY);

    // Assess
    expect(first).toBe(2);
    expect(second).toBe(0);
    expect(items.map((item) => item.cleaningId)).toEqual(['C2', 'C1']);
    expect(await reviewOf('C1')).toBe('queued');
    expect(await reviewOf('C3')).toBe('none');
    expect(await queue.reviewQueueOf({ townId: 'niutang' }, DAY)).toEqual([]);
    expect((await queue.reviewQueueOf({ districtId: 'wujin' })).map((item) => item.cleaningId)).toEqual([
      'C2',
      'C1',
    ]);
  });

  it('lets exactly one of two concurrent rejections win, and refuses any decision after it', async () => {
    // Act
    const at = new Date('2026-12-02T01:00:00.000Z');
    const reject = { review: 'rejected' as const, reviewedBy: 'U-town', reason: '照片模糊' };
    const outcomes = await Promise.allSettled([
      queue.decideReview('C2', reject, at),
      queue.decideReview('C2', reject, at),
    ]);
    const approve = queue.decideReview('C2', { review: 'approved', reviewedBy: 'U-town' }, at);

    // Assess
    expect(outcomes.map((outcome) => outcome.status).sort()).toEqual(['fulfilled', 'rejected']);
    const lost = outcomes.find((outcome) => outcome.status === 'rejected') as PromiseRejectedResult;
    expect(lost.reason).toMatchObject({ status: 409, message: '该清扫记录已被驳回，不能再次审核' });
    await expect(approve).rejects.toMatchObject({ status: 409 });
    expect(await reviewOf('C2')).toBe('rejected');
    const [item] = await queue.reviewQueueOf({ townId: 'hutang' }, DAY);
    expect(item).toMatchObject({ cleaningId: 'C2', state: 'rejected', reason: '照片模糊' });
  });

  it('lets an approval become a rejection', async () => {
    // Act
    const at = new Date('2026-12-02T01:00:00.000Z');
    await queue.decideReview('C1', { review: 'approved', reviewedBy: 'U-town' }, at);
    const rejected = await queue.decideReview(
      'C1',
      { review: 'rejected', reviewedBy: 'U-district', reason: '非本场所' },
      at,
    );

    // Assess
    expect(rejected).toMatchObject({ review: 'rejected', reviewedBy: 'U-district', reason: '非本场所' });
  });
});
