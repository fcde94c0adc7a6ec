import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EnterpriseTally, Tally } from '#functions/metrics/domain/overdue-tally';
import type { LocalStack } from '#infra/local/stack';
import { startTestStack } from '#tests/fixtures/local-stack';

/**
 * The overdue job's partial aggregates, one per segment (fan-out past one city): none is merged before every
 * segment saved its own, chunks of 2,000 enterprises round-trip, a rerun's leftover chunks are ignored and a
 * missing chunk fails loudly. On dynalite, with hand-made tallies.
 */
let stack: LocalStack;

beforeAll(async () => {
  stack = await startTestStack();
});
afterAll(async () => {
  await stack?.stop();
});

const partials = () => import('#functions/metrics/store/overdue-partials');
const enterprise = (n: number, gridId: string | null = null): EnterpriseTally => ({
  enterpriseId: `e${n}`,
  name: `企业${n}`,
  districtId: 'wujin',
  townId: 't1',
  gridId,
  counts: [n % 5, n % 3, 1, 0],
});
const tallyOf = (from: number, to: number): Tally =>
  new Map(
    Array.from({ length: to - from }, (_, i) => [`e${from + i}`, enterprise(from + i, i % 2 ? 'g1' : null)]),
  );

describe('the partial aggregates of a segmented run', () => {
  it('are merged only once every segment saved its own, each segment’s enterprises as saved', async () => {
    const { savePartial, loadPartials } = await partials();
    await savePartial('2026-12-06T10', 0, 2, tallyOf(0, 3));
    expect(await loadPartials('2026-12-06T10', 2)).toBeNull();
    await savePartial('2026-12-06T10', 1, 2, tallyOf(3, 5));
    const loaded = await loadPartials('2026-12-06T10', 2);
    expect(loaded?.map((tally) => [...tally.keys()])).toEqual([
      ['e0', 'e1', 'e2'],
      ['e3', 'e4'],
    ]);
    expect(loaded?.[0]?.get('e1')).toEqual({
      enterpriseId: 'e1',
      name: '企业1',
      districtId: 'wujin',
      townId: 't1',
      gridId: 'g1',
      counts: [1, 1, 1, 0],
    });
    expect(loaded?.[1]?.get('e3')?.gridId).toBeNull();
    // Another run (another number of segments) is kept apart.
    expect(await loadPartials('2026-12-06T10', 3)).toBeNull();
  });

  it('round-trip 4,500 enterprises in 3 chunks, and ignore the chunks a longer killed attempt left', async () => {
    const { savePartial, loadPartials } = await partials();
    await savePartial('2026-12-06T11', 0, 1, tallyOf(0, 4500));
    expect((await loadPartials('2026-12-06T11', 1))?.[0]?.size).toBe(4500);
    await savePartial('2026-12-06T11', 0, 1, tallyOf(0, 10));
    expect([...((await loadPartials('2026-12-06T11', 1))?.[0]?.keys() ?? [])]).toHaveLength(10);
  });

  it('fail loudly when a chunk its marker names is missing', async () => {
    const { savePartial, loadPartials } = await partials();
    const { callDynamo, tableName } = await import('#functions/platform/dynamo');
    await savePartial('2026-12-06T12', 0, 1, tallyOf(0, 2500));
    await callDynamo('DeleteItem', {
      TableName: tableName,
      Key: { pk: 'overduePartial#2026-12-06T12#1', sk: 'part#0#1' },
    });
    await expect(loadPartials('2026-12-06T12', 1)).rejects.toThrow(
      'overdue partials of 2026-12-06T12 do not match their markers',
    );
  });
});
