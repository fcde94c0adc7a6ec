import { describe, expect, it } from 'vitest';
import { nextQueued, reviewQuery } from '../../../admin/src/dust-review/reviewApi';

describe('the review gallery queries and moves', () => {
  it('asks for the filters that have a value, then the page size and the cursor', () => {
    expect(reviewQuery({ state: 'queued' }, null)).toBe('state=queued&limit=48');
    expect(
      reviewQuery({ districtId: 'wujin', townId: '', day: '2026-12-01', state: 'rejected' }, 'c1', 10),
    ).toBe('districtId=wujin&day=2026-12-01&state=rejected&limit=10&cursor=c1');
  });

  it('moves to the next card still waiting after a decision, wrapping round, or stays', () => {
    const items = [
      { state: 'queued' },
      { state: 'approved' },
      { state: 'rejected' },
      { state: 'queued' },
    ] as const;
    expect(nextQueued(items, 0)).toBe(3);
    expect(nextQueued(items, 3)).toBe(0);
    expect(nextQueued([{ state: 'rejected' }, { state: 'approved' }], 0)).toBe(0);
    expect(nextQueued([], 0)).toBe(0);
  });
});
