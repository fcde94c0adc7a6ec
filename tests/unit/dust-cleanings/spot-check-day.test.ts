import { describe, expect, it } from 'vitest';
import { spotCheckDay } from '#functions/dust-cleanings/domain/sample';
import { dustReviewDecisionSchema, dustReviewQuerySchema } from '#functions/dust-cleanings/schemas';

describe('the day a spot-check run samples', () => {
  it.each([
    ['2030-06-02T08:30:00+08:00', '2030-06-01'],
    ['2030-06-02T00:00:00+08:00', '2030-06-01'],
    ['2030-06-01T23:59:59+08:00', '2030-05-31'],
    // 16:30 UTC is 00:30 the next Beijing day
    ['2030-06-01T16:30:00Z', '2030-06-01'],
    ['2030-03-01T08:30:00+08:00', '2030-02-28'],
    ['2031-01-01T08:30:00+08:00', '2030-12-31'],
  ])('at %s is %s (Asia/Shanghai, the day before the run)', (at, day) => {
    // Act, Assess
    expect(spotCheckDay(new Date(at))).toBe(day);
  });
});

describe('a review decision', () => {
  it('needs a reason of 1–60 characters to reject, trimmed, and none to approve', () => {
    // Act
    const parse = (body: unknown) => dustReviewDecisionSchema.safeParse(body);

    // Assess
    expect(parse({ decision: 'approve' }).success).toBe(true);
    expect(parse({ decision: 'reject', reason: ' 照片模糊 ' }).data).toEqual({
      decision: 'reject',
      reason: '照片模糊',
    });
    expect(parse({ decision: 'reject', reason: '字'.repeat(60) }).success).toBe(true);
    for (const bad of [
      { decision: 'reject' },
      { decision: 'reject', reason: '   ' },
      { decision: 'reject', reason: '字'.repeat(61) },
      { decision: 'approved' },
      { decision: 'approve', extra: 1 },
      {},
    ])
      expect(parse(bad).success).toBe(false);
    expect(parse({ decision: 'reject' }).error?.issues.map((issue) => issue.path)).toEqual([['reason']]);
  });

  it('lists the queued items by default', () => {
    // Act, Assess
    expect(dustReviewQuerySchema.parse({})).toEqual({ limit: 25, state: 'queued' });
    expect(dustReviewQuerySchema.safeParse({ state: 'none' }).success).toBe(false);
    expect(dustReviewQuerySchema.safeParse({ day: '2030-02-30' }).success).toBe(false);
  });
});
