import { describe, expect, it } from 'vitest';
import {
  addDaySnapshot,
  meanRate,
  type QuarterRateSums,
  quarterOfDay,
} from '#functions/metrics/domain/overdue-quarter-sum';
import type { PlacedRow } from '#functions/metrics/domain/overdue-rollup';
import { periodRows } from '#functions/metrics/domain/period-rows';
import type { PeriodTally, Tallied } from '#functions/metrics/domain/period-tally';

/** An enterprise row of a day snapshot: only its total figures matter to the sums. */
const firmRow = (id: string, active: number, overdue: number): PlacedRow =>
  ({
    parentId: 'town-a',
    row: {
      level: 'enterprise',
      id,
      figures: { total: { active, overdue, rate: active === 0 ? null : overdue / active } },
    },
  }) as unknown as PlacedRow;

const sumsOf = (sums: QuarterRateSums) => Object.fromEntries(sums.enterprises);

describe("the enterprises' running quarter sums of daily overdue rates", () => {
  it('adds each day rate to the sum of the days before, skipping days an enterprise had no active point', () => {
    // Act: E1 1/4, 2/4, 3/4; E2 1/2, then nothing active, then 0/2; E3 appears on the last day only
    const d1 = addDaySnapshot(null, '2026Q4', '2026-11-29', [firmRow('E1', 4, 1), firmRow('E2', 2, 1)]);
    const d2 = addDaySnapshot(d1, '2026Q4', '2026-11-30', [firmRow('E1', 4, 2), firmRow('E2', 0, 0)]);
    const d3 = addDaySnapshot(d2, '2026Q4', '2026-12-02', [
      firmRow('E1', 4, 3),
      firmRow('E2', 2, 0),
      firmRow('E3', 1, 1),
    ]);

    // Assess
    expect(d3).toMatchObject({
      quarter: '2026Q4',
      throughDay: '2026-12-02',
      days: ['2026-11-29', '2026-11-30', '2026-12-02'],
    });
    expect(sumsOf(d3)).toEqual({
      E1: { sum: 1.5, days: 3 },
      E2: { sum: 0.5, days: 2 },
      E3: { sum: 1, days: 1 },
    });
    expect(meanRate(d3.enterprises.get('E1'))).toBe(0.5);
    expect(meanRate(d3.enterprises.get('E2'))).toBe(0.25);
    expect(meanRate(d3.enterprises.get('E9'))).toBeNull();
    expect(sumsOf(d1)).toEqual({ E1: { sum: 0.25, days: 1 }, E2: { sum: 0.5, days: 1 } });
  });

  it('names the quarter of a Beijing day as the period metrics do', () => {
    // Act & Assess
    expect(
      ['2026-01-01', '2026-03-31', '2026-04-01', '2026-09-30', '2026-10-01', '2026-12-31'].map(quarterOfDay),
    ).toEqual(['2026Q1', '2026Q1', '2026Q2', '2026Q3', '2026Q4', '2026Q4']);
  });

  it('gives the same sums when a day is added again to the same base (a rerun)', () => {
    // Prepare
    const base = addDaySnapshot(null, '2026Q4', '2026-11-29', [firmRow('E1', 4, 1)]);

    // Act
    const first = addDaySnapshot(base, '2026Q4', '2026-11-30', [firmRow('E1', 4, 2)]);
    const again = addDaySnapshot(base, '2026Q4', '2026-11-30', [firmRow('E1', 4, 2)]);

    // Assess
    expect(sumsOf(again)).toEqual({ E1: { sum: 0.75, days: 2 } });
    expect(again).toEqual(first);
  });

  it("starts afresh on a quarter's first day and never adds to a base that is not earlier", () => {
    // Prepare
    const september = addDaySnapshot(null, '2026Q3', '2026-09-30', [firmRow('E1', 2, 2)]);
    const later = addDaySnapshot(null, '2026Q4', '2026-11-30', [firmRow('E1', 2, 2)]);

    // Act
    const october = addDaySnapshot(september, '2026Q4', '2026-10-01', [firmRow('E1', 4, 1)]);
    const backfilled = addDaySnapshot(later, '2026Q4', '2026-11-29', [firmRow('E1', 4, 1)]);

    // Assess
    expect(october).toMatchObject({ days: ['2026-10-01'] });
    expect(sumsOf(october)).toEqual({ E1: { sum: 0.25, days: 1 } });
    expect(backfilled).toMatchObject({ days: ['2026-11-29'] });
    expect(sumsOf(backfilled)).toEqual({ E1: { sum: 0.25, days: 1 } });
  });
});

describe('period rows of enterprises', () => {
  const counted: Tallied = {
    enterprises: 1,
    usingEnterprises: 1,
    principalEnterprises: 1,
    scans: 3,
    lateScans: 0,
    selfFoundHazards: 0,
    hazardsDue: 0,
    hazardsOnTime: 0,
    openPastDeadline: 0,
  };
  const tally: PeriodTally = new Map([
    [
      'town#town-a',
      { area: { level: 'town', id: 'town-a', districtId: 'wujin', townId: 'town-a' }, tally: counted },
    ],
    [
      'enterprise#E1',
      { area: { level: 'enterprise', id: 'E1', districtId: 'wujin', townId: 'town-a' }, tally: counted },
    ],
    [
      'enterprise#E2',
      { area: { level: 'enterprise', id: 'E2', districtId: 'wujin', townId: 'town-a' }, tally: counted },
    ],
  ]);

  it("take the mean daily overdue rate from the enterprise's running sum, and the areas' from their days", () => {
    // Act: E1 had 3 days summing to 1.5; E2 has no sum (no active point on any day)
    const rows = periodRows(tally, {
      end: new Map(),
      daily: new Map([['town#town-a', [0.5, 0.25]]]),
      enterpriseSums: new Map([['E1', { sum: 1.5, days: 3 }]]),
    });
    const byId = new Map(rows.map((row) => [row.id, row]));

    // Assess
    expect(byId.get('E1')?.figures.overdueRateMean).toBe(0.5);
    expect(byId.get('E1')?.counts.snapshotDays).toBe(3);
    expect(byId.get('E2')?.figures.overdueRateMean).toBeNull();
    expect(byId.get('E2')?.counts.snapshotDays).toBe(0);
    expect(byId.get('town-a')?.figures.overdueRateMean).toBe(0.375);
    expect(byId.get('town-a')?.counts.snapshotDays).toBe(2);
  });
});
