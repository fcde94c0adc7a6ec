import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalStack } from '#infra/local/stack';
import { startTestStack } from '#tests/fixtures/local-stack';

/**
 * An agency's yearly score (100 minus the year's live points, never below 0) as counters keep it, and the months
 * a date range spans, against hand-computed answers. Concurrent deductions of one agency meet on dynalite.
 */
let stack: LocalStack;

beforeAll(async () => {
  stack = await startTestStack();
});
afterAll(async () => {
  await stack?.stop();
});

const counters = () => import('#functions/agency-deductions/store/counters');

describe('an agency’s score', () => {
  it('is 100 less the year’s live points, never below 0', async () => {
    const { scoreOf } = await counters();
    expect([0, 1, 35, 100, 130].map(scoreOf)).toEqual([100, 99, 65, 0, 0]);
  });

  it('adds 20 deductions of 2 points made at once, takes one back, and keeps years apart', async () => {
    const { addToCounter, agencyScores } = await counters();
    await Promise.all(Array.from({ length: 20 }, () => addToCounter('A1', 2026, 2, 1)));
    await addToCounter('A1', 2026, -2, -1);
    await addToCounter('A1', 2025, 5, 1);
    const scores = await agencyScores(['A1', 'A1', 'A-none'], 2026);
    expect(scores.get('A1')).toEqual({ score: 62, points: 38, deductions: 19 });
    expect(scores.get('A-none')).toEqual({ score: 100, points: 0, deductions: 0 });
    expect((await agencyScores(['A1'], 2025)).get('A1')).toEqual({ score: 95, points: 5, deductions: 1 });
  });

  it('reads more than 100 agencies in batches, each with its own score', async () => {
    const { addToCounter, agencyScores } = await counters();
    const ids = Array.from({ length: 150 }, (_, n) => `B${n}`);
    await Promise.all(ids.map((id, n) => addToCounter(id, 2026, n % 7, 1)));
    const scores = await agencyScores(ids, 2026);
    expect(scores.size).toBe(150);
    expect(scores.get('B0')).toEqual({ score: 100, points: 0, deductions: 1 });
    expect(scores.get('B149')).toEqual({ score: 98, points: 2, deductions: 1 }); // 149 mod 7 = 2
  });
});

describe('the months a date range spans', () => {
  it('lists each month from the first date’s to the last’s, across a year end, at most 120', async () => {
    const { monthsBetween } = await import('#functions/agency-deductions/store/contract');
    expect(monthsBetween('2026-11-15', '2027-02-03')).toEqual(['2026-11', '2026-12', '2027-01', '2027-02']);
    expect(monthsBetween('2026-12-01', '2026-12-31')).toEqual(['2026-12']);
    expect(monthsBetween('2026-12-01', '2026-11-30')).toEqual([]);
    const decades = monthsBetween('2000-01-01', '2026-12-31');
    expect(decades).toHaveLength(120);
    expect(decades[119]).toBe('2009-12');
  });
});
