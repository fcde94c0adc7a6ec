import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalStack } from '#infra/local/stack';
import { startTestStack } from '#tests/fixtures/local-stack';

/**
 * The reads the overdue-metrics and reminders jobs make of risk points (`activePointsOf`,
 * `overduePointsForReminders`), on dynalite against hand-written points: which points each partition holds,
 * which fields come back, and paging past one page.
 */
let stack: LocalStack;
const AT = '2026-12-01T00:00:00.000Z';
const NOW = new Date('2026-12-06T00:00:00.000Z');

type Placed = { id: string; districtId: string; level: 'red' | 'orange' | 'yellow' | 'blue' };
const point = (
  place: Placed,
  fields: { nextDueAt: string; status?: 'active' | 'retired'; gridId?: string },
) => ({
  riskPointId: place.id,
  enterpriseId: `e-${place.id}`,
  enterpriseName: `企业${place.id}`,
  districtId: place.districtId,
  townId: `t-${place.districtId}`,
  ...(fields.gridId ? { gridId: fields.gridId } : {}),
  classId: 'rc-confined-01',
  className: '污水池、化粪池',
  name: `风险点${place.id}`,
  location: '厂区',
  level: place.level,
  cycleDays: 7,
  controls: ['通风'],
  responsible: { name: '王建国', phone: '13812345678' },
  status: fields.status ?? 'active',
  nextDueAt: fields.nextDueAt,
  token: `tok-${place.id}`,
  codeIssuedAt: AT,
  version: 1,
  createdBy: 'u1',
  createdAt: AT,
  updatedAt: AT,
});

beforeAll(async () => {
  stack = await startTestStack();
  const { riskPoint } = await import('#functions/risk-points/store/entities/risk-point');
  const items = [
    point(
      { id: 'W1', districtId: 'wujin', level: 'orange' },
      { nextDueAt: '2026-12-02T00:00:00.000Z', gridId: 'g1' },
    ),
    point({ id: 'W2', districtId: 'wujin', level: 'orange' }, { nextDueAt: '2026-12-05T23:59:59.999Z' }),
    point({ id: 'W3', districtId: 'wujin', level: 'orange' }, { nextDueAt: '2026-12-06T00:00:00.000Z' }),
    point({ id: 'W4', districtId: 'wujin', level: 'orange' }, { nextDueAt: '2026-12-20T00:00:00.000Z' }),
    point(
      { id: 'W5', districtId: 'wujin', level: 'orange' },
      { nextDueAt: '2026-12-01T00:00:00.000Z', status: 'retired' },
    ),
    point({ id: 'W6', districtId: 'wujin', level: 'yellow' }, { nextDueAt: '2026-12-01T00:00:00.000Z' }),
    point({ id: 'L1', districtId: 'liyang', level: 'orange' }, { nextDueAt: '2026-12-01T00:00:00.000Z' }),
  ];
  // 1,005 overdue blue points of 金坛: more than one page of the reminders read (1,000).
  for (let n = 0; n < 1005; n += 1)
    items.push(
      point(
        { id: `J${String(n).padStart(4, '0')}`, districtId: 'jintan', level: 'blue' },
        { nextDueAt: '2026-11-30T00:00:00.000Z' },
      ),
    );
  await riskPoint.put(items).go({ concurrent: 4 });
}, 120_000);
afterAll(async () => {
  await stack?.stop();
});

describe('the partitions of active points', () => {
  it('are the 7 districts × 4 levels, district by district in the fixed order, red to blue', async () => {
    const { activePointPartitions } = await import('#functions/risk-points/index');
    expect(activePointPartitions).toHaveLength(28);
    expect(activePointPartitions.slice(0, 5)).toEqual([
      { districtId: 'liyang', level: 'red' },
      { districtId: 'liyang', level: 'orange' },
      { districtId: 'liyang', level: 'yellow' },
      { districtId: 'liyang', level: 'blue' },
      { districtId: 'jintan', level: 'red' },
    ]);
    expect(activePointPartitions[27]).toEqual({ districtId: 'jingkai', level: 'blue' });
  });

  it('hold every active point of their district and level, with the 7 fields the job counts and no more', async () => {
    const { activePointsOf } = await import('#functions/risk-points/index');
    const read = [];
    for await (const page of activePointsOf({ districtId: 'wujin', level: 'orange' })) read.push(...page);
    expect(read).toEqual([
      {
        enterpriseId: 'e-W1',
        enterpriseName: '企业W1',
        districtId: 'wujin',
        townId: 't-wujin',
        gridId: 'g1',
        level: 'orange',
        nextDueAt: '2026-12-02T00:00:00.000Z',
      },
      ...['W2', 'W3', 'W4'].map((id) => expect.objectContaining({ enterpriseId: `e-${id}` })),
    ]);
    expect(Object.keys(read[1] as object).sort()).toEqual(
      ['districtId', 'enterpriseId', 'enterpriseName', 'level', 'nextDueAt', 'townId'].sort(),
    );
    let jintan = 0;
    for await (const page of activePointsOf({ districtId: 'jintan', level: 'blue' })) jintan += page.length;
    expect(jintan).toBe(1005);
  });
});

describe('the overdue points the reminders read', () => {
  it('are the active points of the district and level due before now, the most overdue first', async () => {
    const { overduePointsForReminders } = await import('#functions/risk-points/index');
    const read = [];
    for await (const page of overduePointsForReminders('wujin', 'orange', NOW)) read.push(...page);
    expect(read).toEqual([
      {
        riskPointId: 'W1',
        enterpriseId: 'e-W1',
        enterpriseName: '企业W1',
        districtId: 'wujin',
        townId: 't-wujin',
        level: 'orange',
        nextDueAt: '2026-12-02T00:00:00.000Z',
      },
      {
        riskPointId: 'W2',
        enterpriseId: 'e-W2',
        enterpriseName: '企业W2',
        districtId: 'wujin',
        townId: 't-wujin',
        level: 'orange',
        nextDueAt: '2026-12-05T23:59:59.999Z',
      },
    ]);
  });

  it('come page by page past 1,000, and an empty partition yields no page', async () => {
    const { overduePointsForReminders } = await import('#functions/risk-points/index');
    const pages: number[] = [];
    for await (const page of overduePointsForReminders('jintan', 'blue', NOW)) pages.push(page.length);
    const empty: number[] = [];
    for await (const page of overduePointsForReminders('xinbei', 'red', NOW)) empty.push(page.length);
    expect(pages).toEqual([1000, 5]);
    expect(empty).toEqual([]);
  });
});
