import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalStack } from '#infra/local/stack';
import { startTestStack } from '#tests/fixtures/local-stack';
import { buildOverdueCity, killedAfterWrites, runOverdue } from './overdue-support';

let stack: LocalStack;
let city: Awaited<ReturnType<typeof buildOverdueCity>>;

beforeAll(async () => {
  stack = await startTestStack();
  city = await buildOverdueCity(stack);
}, 120_000);
afterAll(async () => {
  await stack?.stop();
});

/** The Beijing midnight that ends `day`: the overdue job's run that writes that day's snapshot. */
const endOf = (day: string) => new Date(`${day}T16:00:00.000Z`);

/** Read in the test process (imported late: the store's client reads the stack's endpoint when first loaded). */
async function sumsThrough(quarter: string, day: string) {
  const { quarterSumsThrough } = await import('#functions/metrics/store/overdue-quarter-sums');
  const sums = await quarterSumsThrough(quarter, day);
  return (
    sums && { throughDay: sums.throughDay, days: sums.days, firms: Object.fromEntries(sums.enterprises) }
  );
}

/** The sort keys of the quarter's sum items, straight from the emulator. */
async function storedKeys(quarter: string) {
  const { queryAll } = await import('#functions/platform/dynamo/items');
  const items = await queryAll({
    KeyConditionExpression: 'pk = :pk',
    ExpressionAttributeValues: { ':pk': `overdueQuarterSum#${quarter}` },
  });
  return items.map((item) => String(item.sk));
}

/**
 * Rates by hand from overdue-support's points (overdue when the Beijing midnight is past nextDueAt):
 *   day ends at   E1 (p1 12-01, p2 12-03, p3 11-30, p4 2027)   E2 (p5 11-28, p6 12-10)   E3 (p7 11-01)   E4 (p8, p9 12-02)
 *   09-30 16:00Z  0/4                                          0/2                       0/1             0/2
 *   11-29 16:00Z  0/4                                          1/2                       1/1             0/2
 *   11-30 16:00Z  1/4 (p3)                                     1/2                       1/1             0/2
 *   12-02 16:00Z  2/4 (p1, p3)                                 1/2                       1/1             2/2
 * 12-01 has no day run (a missed midnight): it is in no sum, as it is in no area's mean.
 */
describe("the overdue job's running quarter sums of each enterprise's daily rates", () => {
  it('keeps them per quarter, day by day, and a run killed before its marker is finished by the rerun', async () => {
    // Prepare
    const { E1, E2, E3, E4 } = city.firms;
    await runOverdue(stack, endOf('2026-09-30')); // the last day of Q3
    await runOverdue(stack, endOf('2026-11-29'));
    await runOverdue(stack, endOf('2026-11-30'));

    // Act: the 12-02 run is cut after its snapshot rows and its sums' chunk (2 BatchWriteItems), then rerun
    const killed = await killedAfterWrites(stack, 2, () => runOverdue(stack, endOf('2026-12-02')));
    const meanwhile = await sumsThrough('2026Q4', '2026-12-02');
    const keysMeanwhile = await storedKeys('2026Q4');
    const resumed = await runOverdue(stack, endOf('2026-12-02'));
    const hourly = await runOverdue(stack, new Date('2026-12-03T02:00:00.000Z')); // not a day's end
    const q4 = await sumsThrough('2026Q4', '2026-12-03');
    const q3 = await sumsThrough('2026Q3', '2026-09-30');
    const throughNov = await sumsThrough('2026Q4', '2026-12-01');

    // Assess
    expect(killed).toBe('killed');
    // The chunk of 12-02 without its marker: readers keep to the last complete day
    expect(keysMeanwhile).toContain('2026-12-02#chunk#0');
    expect(keysMeanwhile).not.toContain('2026-12-02#done');
    expect(meanwhile?.throughDay).toBe('2026-11-30');
    expect([resumed, hourly]).toEqual([{ items: 9 }, { items: 9 }]);
    expect(q4).toEqual({
      throughDay: '2026-12-02',
      days: ['2026-11-29', '2026-11-30', '2026-12-02'],
      firms: {
        [E1]: { sum: 0 + 1 / 4 + 2 / 4, days: 3 },
        [E2]: { sum: 1 / 2 + 1 / 2 + 1 / 2, days: 3 },
        [E3]: { sum: 3, days: 3 },
        [E4]: { sum: 1, days: 3 },
      },
    });
    expect(q3).toEqual({
      throughDay: '2026-09-30',
      days: ['2026-09-30'],
      firms: {
        [E1]: { sum: 0, days: 1 },
        [E2]: { sum: 0, days: 1 },
        [E3]: { sum: 0, days: 1 },
        [E4]: { sum: 0, days: 1 },
      },
    });
    expect(throughNov).toMatchObject({ throughDay: '2026-11-30', days: ['2026-11-29', '2026-11-30'] });
    expect(throughNov?.firms[E1]).toEqual({ sum: 1 / 4, days: 2 });
  });
});
