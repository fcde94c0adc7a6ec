import { describe, expect, it } from 'vitest';
import { periodWindow, previousQuarter } from '#functions/metrics/domain/period-quarter';
import { rankDistricts } from '#functions/metrics/domain/period-ranks';
import { changeOf } from '#functions/metrics/domain/period-rows';
import { tallyPeriod } from '#functions/metrics/domain/period-tally';
import type { PeriodFigures, PeriodRow } from '#functions/metrics/schemas-period';

const figures = (over: Partial<PeriodFigures> = {}): PeriodFigures => ({
  codeUsageRate: 0.5,
  participationRate: 0.5,
  riskPointsPerEnterprise: 2,
  selfFoundPerEnterprise: 0.1,
  onTimeRate: 0.5,
  openPastDeadline: 0,
  overdueRateEnd: 0.2,
  overdueRateMean: 0.2,
  ...over,
});

const district = (id: string, over: Partial<PeriodFigures>, enterprises = 3) =>
  ({
    level: 'district',
    id,
    figures: figures(over),
    counts: { enterprises },
    ranks: null,
  }) as unknown as PeriodRow;

describe('the period window', () => {
  it('covers the quarter up to yesterday; on the first day of a quarter, the ended one, final', () => {
    // Act
    const nightly = periodWindow(new Date('2026-12-01T17:30:00Z')); // Beijing 12-02 01:30
    const final = periodWindow(new Date('2026-12-31T17:30:00Z')); // Beijing 2027-01-01 01:30

    // Assess
    expect(nightly).toEqual({
      quarter: '2026Q4',
      fromDay: '2026-10-01',
      throughDay: '2026-12-01',
      start: '2026-09-30T16:00:00.000Z',
      end: '2026-12-01T16:00:00.000Z',
      final: false,
      previousQuarter: '2026Q3',
    });
    expect(final).toMatchObject({ quarter: '2026Q4', throughDay: '2026-12-31', final: true });
    expect(final.end).toBe('2026-12-31T16:00:00.000Z');
    expect(previousQuarter('2027Q1')).toBe('2026Q4');
  });
});

describe('district ranks', () => {
  it('ranks 1 = best, lower is better for overdue and open hazards, ties share, empty districts unranked', () => {
    // Prepare
    const rows = [
      district('wujin', { codeUsageRate: 0.9, overdueRateEnd: 0.4, openPastDeadline: 2 }),
      district('liyang', { codeUsageRate: 0.7, overdueRateEnd: 0.1, openPastDeadline: 0 }),
      district('jintan', { codeUsageRate: 0.9, overdueRateEnd: null, openPastDeadline: 0 }),
      district('zhonglou', { codeUsageRate: null, openPastDeadline: 0 }, 0),
    ];

    // Act
    const ranked = rankDistricts(rows);

    // Assess
    const rank = (id: string, key: keyof PeriodFigures) => ranked.find((r) => r.id === id)?.ranks?.[key];
    expect([
      rank('wujin', 'codeUsageRate'),
      rank('jintan', 'codeUsageRate'),
      rank('liyang', 'codeUsageRate'),
    ]).toEqual([1, 1, 3]);
    expect([
      rank('liyang', 'overdueRateEnd'),
      rank('wujin', 'overdueRateEnd'),
      rank('jintan', 'overdueRateEnd'),
    ]).toEqual([1, 2, null]);
    expect([
      rank('liyang', 'openPastDeadline'),
      rank('jintan', 'openPastDeadline'),
      rank('wujin', 'openPastDeadline'),
    ]).toEqual([1, 1, 3]);
    expect(rank('zhonglou', 'openPastDeadline')).toBeNull();
  });

  it('changes against the previous quarter per figure, null where either side is null', () => {
    // Act
    const change = changeOf(
      figures({ codeUsageRate: 0.75, onTimeRate: null }),
      figures({ codeUsageRate: 0.5 }),
    );

    // Assess
    expect(change).toMatchObject({ codeUsageRate: 0.25, onTimeRate: null, openPastDeadline: 0 });
    expect(changeOf(figures(), null)).toBeNull();
  });
});

describe('the period tally', () => {
  it('counts registered active enterprises, using and principal ones, and the hazards due, on time and past', () => {
    // Prepare
    const enterprises = [
      { id: 'e1', districtId: 'wujin', townId: 'T1' },
      { id: 'e2', districtId: 'wujin', townId: 'T1' },
    ];
    const counters = new Map([
      ['e1', { scans: 3, lateScans: 1, principalScans: 0, hazardScans: 2 }],
      ['e2', { scans: 1, lateScans: 0, principalScans: 1, hazardScans: 0 }],
    ]);
    const start = '2026-09-30T16:00:00.000Z';
    const hazards = [
      {
        enterpriseId: 'e1',
        districtId: 'wujin',
        townId: 'T1',
        status: 'CLOSED',
        deadline: '2026-11-10T15:59:59.999Z',
        rectifiedAt: '2026-11-10T15:59:59.999Z',
      },
      {
        enterpriseId: 'e1',
        districtId: 'wujin',
        townId: 'T1',
        status: 'CLOSED',
        deadline: '2026-11-10T15:59:59.999Z',
        rectifiedAt: '2026-11-10T16:00:00.000Z',
      },
      {
        enterpriseId: 'e2',
        districtId: 'wujin',
        townId: 'T1',
        status: 'OPEN',
        deadline: '2026-09-01T15:59:59.999Z',
      },
      {
        enterpriseId: 'gone',
        districtId: 'wujin',
        townId: 'T1',
        status: 'RECTIFIED',
        deadline: '2026-11-01T15:59:59.999Z',
      },
    ] as const;

    // Act
    const tally = tallyPeriod(['wujin', 'liyang'], enterprises, counters, hazards, start);

    // Assess
    expect(tally.get('town#T1')?.tally).toEqual({
      enterprises: 2,
      usingEnterprises: 2,
      principalEnterprises: 1,
      scans: 4,
      lateScans: 1,
      selfFoundHazards: 2,
      hazardsDue: 3,
      hazardsOnTime: 1,
      openPastDeadline: 1,
    });
    expect(tally.get('enterprise#e2')?.tally).toMatchObject({ hazardsDue: 0, openPastDeadline: 1 });
    expect(tally.get('district#liyang')?.tally.enterprises).toBe(0);
    expect(tally.has('enterprise#gone')).toBe(false);
  });
});
