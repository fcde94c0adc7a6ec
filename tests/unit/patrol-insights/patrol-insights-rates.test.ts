import { describe, expect, it } from 'vitest';
import {
  parsePeriod,
  periodsOfDay,
  readRange,
  runPeriods,
  runSlot,
} from '#functions/patrol-insights/domain/periods';
import {
  cityRows,
  districtRows,
  patrolRate,
  type RateEnterprise,
  type RatePatrol,
} from '#functions/patrol-insights/domain/rates';
import { patrolRateQuerySchema } from '#functions/patrol-insights/schemas';

/** Hand-written: 武进区 with two towns; 湖塘 has grids g1 (3 enterprises) and g2 (1), 牛塘 grid g3 (2). */
const enterprises: RateEnterprise[] = [
  { id: 'E1', districtId: 'wujin', townId: 'hutang', gridId: 'g1', status: '正常生产' },
  { id: 'E2', districtId: 'wujin', townId: 'hutang', gridId: 'g1', status: '正常生产' },
  { id: 'E3', districtId: 'wujin', townId: 'hutang', gridId: 'g1', status: '停产' },
  { id: 'E4', districtId: 'wujin', townId: 'hutang', gridId: 'g2', status: '正常生产' },
  { id: 'E5', districtId: 'wujin', townId: 'niutang', gridId: 'g3', status: '正常生产' },
  { id: 'E6', districtId: 'wujin', townId: 'niutang', gridId: 'g3', status: '正常生产' },
  // outside the grid and closed: in no denominator, even when patrolled
  { id: 'E7', districtId: 'wujin', townId: 'niutang', status: '正常生产' },
  { id: 'E8', districtId: 'wujin', townId: 'niutang', gridId: 'g3', status: '关闭' },
];
const patrols: RatePatrol[] = [
  { enterpriseId: 'E1', at: '2026-11-03T02:00:00.000Z' }, // 2026-11-03 Beijing
  { enterpriseId: 'E1', at: '2026-12-02T02:00:00.000Z' }, // twice: still one enterprise
  { enterpriseId: 'E2', at: '2026-10-31T17:30:00.000Z' }, // 2026-11-01 01:30 Beijing: November, not October
  { enterpriseId: 'E4', at: '2026-10-10T02:00:00.000Z' },
  { enterpriseId: 'E5', at: '2026-12-03T02:00:00.000Z' },
  { enterpriseId: 'E7', at: '2026-12-03T03:00:00.000Z' },
  { enterpriseId: 'E8', at: '2026-12-03T04:00:00.000Z' },
];

describe('the patrol rate formula', () => {
  it('is patrolled / in-grid, to 4 places: the seed’s 28,328 of 33,752 is 83.93%', () => {
    expect(patrolRate(28_328, 33_752)).toBe(0.8393);
    expect(patrolRate(0, 5)).toBe(0);
    expect(patrolRate(5, 5)).toBe(1);
    expect(patrolRate(0, 0)).toBeNull();
  });
});

describe('periods', () => {
  it('names months and quarters of Asia/Shanghai with their first and last days', () => {
    expect(parsePeriod('2026-02')).toEqual({
      period: '2026-02',
      kind: 'month',
      fromDay: '2026-02-01',
      lastDay: '2026-02-28',
    });
    expect(parsePeriod('2028-02')?.lastDay).toBe('2028-02-29');
    expect(parsePeriod('2026Q4')).toEqual({
      period: '2026Q4',
      kind: 'quarter',
      fromDay: '2026-10-01',
      lastDay: '2026-12-31',
    });
    expect(parsePeriod('2026Q1')?.lastDay).toBe('2026-03-31');
    for (const bad of ['2026-13', '2026-00', '2026Q5', '2026-Q4', '26-12', ''])
      expect(parsePeriod(bad)).toBeUndefined();
    expect(periodsOfDay('2026-08-15').map((p) => p.period)).toEqual(['2026-08', '2026Q3']);
  });

  it('a run computes today’s month and quarter; on a first day also the period that just ended, whole', () => {
    const mid = runPeriods(new Date('2026-12-04T10:20:00+08:00'));
    expect(mid.map((p) => [p.period, p.throughDay])).toEqual([
      ['2026-12', '2026-12-04'],
      ['2026Q4', '2026-12-04'],
    ]);
    expect(readRange(mid)).toEqual({ from: '2026-10-01', to: '2026-12-04' });
    // 00:20 on 2027-01-01 Beijing (16:20Z the day before): December and Q4 finished, January and Q1 begun
    const first = runPeriods(new Date('2026-12-31T16:20:00Z'));
    expect(first.map((p) => [p.period, p.fromDay, p.throughDay])).toEqual([
      ['2026-12', '2026-12-01', '2026-12-31'],
      ['2026Q4', '2026-10-01', '2026-12-31'],
      ['2027-01', '2027-01-01', '2027-01-01'],
      ['2027Q1', '2027-01-01', '2027-01-01'],
    ]);
    expect(readRange(first)).toEqual({ from: '2026-10-01', to: '2027-01-01' });
  });

  it('one run per Beijing hour', () => {
    expect(runSlot(new Date('2026-12-04T10:20:00+08:00'))).toBe('2026-12-04T10');
    expect(runSlot(new Date('2026-12-31T16:20:00Z'))).toBe('2027-01-01T00');
  });
});

describe('a district’s rows', () => {
  const periods = runPeriods(new Date('2026-12-04T10:20:00+08:00'));
  const rows = districtRows('wujin', enterprises, patrols, periods);
  const find = (period: string, level: string, id: string) =>
    rows.find((r) => r.period === period && r.level === level && r.id === id);

  it('counts each in-grid, not closed enterprise once, where it sits now', () => {
    // December: E1 and E5 of 6 in-grid (E7 outside the grid, E8 closed)
    expect(find('2026-12', 'district', 'wujin')).toMatchObject({ inGrid: 6, patrolled: 2, rate: 0.3333 });
    // the quarter: E1, E2, E4, E5
    expect(find('2026Q4', 'district', 'wujin')).toMatchObject({ inGrid: 6, patrolled: 4, rate: 0.6667 });
    expect(find('2026Q4', 'town', 'hutang')).toMatchObject({ inGrid: 4, patrolled: 3, rate: 0.75 });
    expect(find('2026Q4', 'town', 'niutang')).toMatchObject({ inGrid: 2, patrolled: 1, rate: 0.5 });
    expect(find('2026-12', 'grid', 'g1')).toMatchObject({
      townId: 'hutang',
      districtId: 'wujin',
      inGrid: 3,
      patrolled: 1,
    });
    expect(find('2026-12', 'grid', 'g2')).toMatchObject({ inGrid: 1, patrolled: 0, rate: 0 });
    expect(find('2026-12', 'grid', 'g3')).toMatchObject({ inGrid: 2, patrolled: 1, rate: 0.5 });
    expect(rows).toHaveLength(2 * (1 + 2 + 3));
  });

  it('counts a patrol by its Beijing day, and none after the period’s last counted day', () => {
    const november = runPeriods(new Date('2026-11-30T12:00:00+08:00'));
    const nov = districtRows('wujin', enterprises, patrols, november);
    // E1 (11-03) and E2 (01:30 on 11-01 Beijing); E1's 12-02 patrol is after the run's day
    expect(nov.find((r) => r.period === '2026-11' && r.level === 'district')).toMatchObject({ patrolled: 2 });
    expect(nov.find((r) => r.period === '2026Q4' && r.level === 'district')).toMatchObject({ patrolled: 3 });
  });

  it('the city adds the districts’ counts (not their rates)', () => {
    const liyang = districtRows(
      'liyang',
      [
        { id: 'L1', districtId: 'liyang', townId: 'kunlun', gridId: 'k1', status: '正常生产' },
        { id: 'L2', districtId: 'liyang', townId: 'kunlun', gridId: 'k1', status: '正常生产' },
      ],
      [{ enterpriseId: 'L1', at: '2026-12-01T02:00:00.000Z' }],
      periods,
    );
    const city = cityRows([...rows, ...liyang], periods);
    expect(city.find((r) => r.period === '2026-12')).toMatchObject({
      id: 'city',
      inGrid: 8,
      patrolled: 3,
      rate: 0.375,
    });
    expect(city.find((r) => r.period === '2026Q4')).toMatchObject({ inGrid: 8, patrolled: 5, rate: 0.625 });
  });
});

describe('the rate query', () => {
  it('takes a month or a quarter and a level, and refuses anything else in Chinese', () => {
    expect(patrolRateQuerySchema.parse({})).toEqual({ level: 'district' });
    expect(patrolRateQuerySchema.parse({ period: '2026-12', level: 'grid', townId: 't1' }).level).toBe(
      'grid',
    );
    const bad = patrolRateQuerySchema.safeParse({ period: '2026-13' });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]?.message).toContain('统计期');
    expect(patrolRateQuerySchema.safeParse({ level: 'province' }).success).toBe(false);
    expect(patrolRateQuerySchema.safeParse({ limit: '10' }).success).toBe(false);
  });
});
