import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalStack } from '#infra/local/stack';
import { startTestStack } from '#tests/fixtures/local-stack';

/**
 * A dust site's day records (一天一清): each cleaning counted once on its day however often and however
 * concurrently it arrives, and a range of days read back with the empty days filled in. On dynalite.
 */
let stack: LocalStack;

beforeAll(async () => {
  stack = await startTestStack();
});
afterAll(async () => {
  await stack?.stop();
});

const days = () => import('#functions/dust-cleanings/store/days');
const cleaning = (cleaningId: string, day: string, siteId = 's1') => ({
  cleaningId,
  siteId,
  day,
  enterpriseId: 'e1',
});

describe('counting a cleaning on its day', () => {
  it('counts one cleaning once: of 8 arriving at once, one is counted and 7 were counted before', async () => {
    const { countCleaning, siteDays } = await days();
    const answers = await Promise.all(
      Array.from({ length: 8 }, () => countCleaning(cleaning('c1', '2026-12-01'))),
    );
    expect(answers.filter(Boolean)).toHaveLength(1);
    expect(await countCleaning(cleaning('c1', '2026-12-01'))).toBe(false);
    expect(await siteDays('s1', '2026-12-01', '2026-12-01')).toEqual([
      { day: '2026-12-01', satisfied: true, count: 1 },
    ]);
  });

  it('counts different cleanings of a day each, and keeps days and sites apart', async () => {
    const { countCleaning, siteDays } = await days();
    await Promise.all([
      countCleaning(cleaning('c2', '2026-12-03')),
      countCleaning(cleaning('c3', '2026-12-03')),
      countCleaning(cleaning('c4', '2026-12-03')),
      countCleaning(cleaning('c5', '2026-12-04', 's2')),
    ]);
    expect(await siteDays('s1', '2026-12-01', '2026-12-04')).toEqual([
      { day: '2026-12-01', satisfied: true, count: 1 },
      { day: '2026-12-02', satisfied: false, count: 0 },
      { day: '2026-12-03', satisfied: true, count: 3 },
      { day: '2026-12-04', satisfied: false, count: 0 },
    ]);
    expect(await siteDays('s2', '2026-12-04', '2026-12-05')).toEqual([
      { day: '2026-12-04', satisfied: true, count: 1 },
      { day: '2026-12-05', satisfied: false, count: 0 },
    ]);
  });
});
