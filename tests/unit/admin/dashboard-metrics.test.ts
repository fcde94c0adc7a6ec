import { afterEach, describe, expect, it, vi } from 'vitest';
import type { OverdueRow } from '#functions/metrics/schemas';
import type { PeriodFigures, PeriodRow } from '#functions/metrics/schemas-period';
import { readXlsx } from '#functions/platform/files/xlsx-reader';
import { exportSheet } from '../../../admin/src/dashboard/exportTable';
import { changeText, percentText, perEnterpriseText, rankText } from '../../../admin/src/dashboard/format';
import { worstSheet } from '../../../admin/src/dashboard/overdueRows';
import { localRanks, periodCells, periodSheet, thresholdsOf } from '../../../admin/src/dashboard/periodCells';
import { previousQuarter, recentQuarters } from '../../../admin/src/dashboard/quarters';
import { breaches, defaultThresholds } from '../../../admin/src/dashboard/thresholds';
import { daysBetween, trendLines } from '../../../admin/src/dashboard/trendSeries';
import { stubBrowserDownloads } from './download-support';

const noFigures: PeriodFigures = {
  codeUsageRate: null,
  participationRate: null,
  riskPointsPerEnterprise: null,
  selfFoundPerEnterprise: null,
  onTimeRate: null,
  openPastDeadline: 0,
  overdueRateEnd: null,
  overdueRateMean: null,
};

/** A town's row of a period answer, with only the figures a test names. */
function makeRow(id: string, figures: Partial<PeriodFigures>, extra: Partial<PeriodRow> = {}): PeriodRow {
  return {
    level: 'town',
    id,
    name: `${id}镇`,
    districtId: 'wujin',
    townId: id,
    figures: { ...noFigures, ...figures },
    counts: {
      enterprises: 4,
      usingEnterprises: 3,
      principalEnterprises: 2,
      scans: 10,
      lateScans: 2,
      riskPoints: { red: 2, orange: 3, yellow: 4, blue: 1, total: 10 },
      riskPointsPerEnterprise: { red: 0.5, orange: 0.75, yellow: 1, blue: 0.25, total: 2.5 },
      selfFoundHazards: 1,
      hazardsDue: 5,
      hazardsOnTime: 4,
      overduePointsEnd: 3,
      activePointsEnd: 10,
      snapshotDays: 60,
    },
    ranks: null,
    previous: null,
    change: null,
    ...extra,
  };
}

const seed = defaultThresholds;
afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe('the dashboard figures', () => {
  it('write shares with one decimal, per-enterprise counts with two, and a dash where nothing divides', () => {
    // Assess
    expect(percentText(0.3456)).toBe('34.6%');
    expect(percentText(1)).toBe('100.0%');
    expect(percentText(null)).toBe('—');
    expect(perEnterpriseText(9.2345)).toBe('9.23');
    expect(perEnterpriseText(undefined)).toBe('—');
    expect(rankText(2, 7)).toBe('2 / 7');
    expect(rankText(null, 7)).toBe('—');
  });

  it('write a change of a share in percentage points, flat when it rounds to nothing', () => {
    // Assess
    expect(changeText(0.023, 'rate')).toBe('+2.3 个百分点');
    expect(changeText(-0.1, 'rate')).toBe('-10.0 个百分点');
    expect(changeText(0.0004, 'rate')).toBe('持平');
    expect(changeText(-0.41, 'perEnterprise')).toBe('-0.41');
    expect(changeText(3, 'count')).toBe('+3');
    expect(changeText(null, 'count')).toBe('—');
  });

  it('highlight an overdue rate strictly above 30 % and a participation strictly below 60 %', () => {
    // Assess
    expect(breaches('overdueRate', 0.3001, seed)).toBe(true);
    expect(breaches('overdueRate', 0.3, seed)).toBe(false);
    expect(breaches('participationRate', 0.5999, seed)).toBe(true);
    expect(breaches('participationRate', 0.6, seed)).toBe(false);
    expect(breaches('overdueRate', null, seed)).toBe(false);
  });

  it('use the thresholds the server sends rather than the seed’s', () => {
    // Act
    const configured = thresholdsOf({ overdueRate: 0.25, participationRate: 0.7 }, seed);

    // Assess
    expect(configured).toEqual({ overdueRateAbove: 0.25, participationBelow: 0.7 });
    expect(breaches('overdueRate', 0.28, configured)).toBe(true);
    expect(breaches('participationRate', 0.65, configured)).toBe(true);
    expect(thresholdsOf(undefined, seed)).toBe(seed);
  });
});

describe('the period table', () => {
  it('ranks towns the API does not rank: ties share a rank, lower overdue is better, no figure no rank', () => {
    // Prepare
    const rows = [
      makeRow('T1', { codeUsageRate: 0.9, overdueRateEnd: 0.4 }),
      makeRow('T2', { codeUsageRate: 0.95, overdueRateEnd: 0.1 }),
      makeRow('T3', { codeUsageRate: 0.9, overdueRateEnd: 0.1 }),
      makeRow('T4', { codeUsageRate: null, overdueRateEnd: null }),
    ];

    // Act
    const usage = localRanks(rows, 'codeUsageRate');
    const overdue = localRanks(rows, 'overdueRateEnd');

    // Assess
    expect(Object.fromEntries(usage)).toEqual({ T1: 2, T2: 1, T3: 2 });
    expect(Object.fromEntries(overdue)).toEqual({ T1: 3, T2: 1, T3: 1 });
  });

  it('writes each cell with its rank, its change and whether it crosses the alarm line', () => {
    // Prepare
    const row = makeRow(
      'wujin',
      {
        codeUsageRate: 0.9977,
        participationRate: 0.55,
        overdueRateEnd: 0.36,
        overdueRateMean: 0.3,
        onTimeRate: 0.8,
      },
      { change: { ...noFigures, participationRate: -0.05, overdueRateEnd: 0.021 } },
    );

    // Act
    const cells = periodCells(row, seed, (key) => (key === 'overdueRateEnd' ? 7 : 1));

    // Assess: usage, participation, points (total, red, orange, yellow, blue), self-found, on time, open, end, mean
    expect(cells.map((cell) => cell.text)).toEqual([
      '99.8%',
      '55.0%',
      '—',
      '0.50',
      '0.75',
      '1.00',
      '0.25',
      '—',
      '80.0%',
      '0',
      '36.0%',
      '30.0%',
    ]);
    expect(cells.map((cell) => cell.alarm)).toEqual([
      false,
      true,
      false,
      false,
      false,
      false,
      false,
      false,
      false,
      false,
      true,
      false,
    ]);
    expect(cells[1]?.change).toBe('-5.0 个百分点');
    expect(cells[10]?.change).toBe('+2.1 个百分点');
    expect(cells[10]?.rank).toBe(7);
    expect(cells[8]?.detail).toBe('4 / 5');
    expect(cells[3]?.rank).toBeUndefined(); // a level's points per enterprise is not ranked
  });

  it('exports every area with each figure, its rank, its change and its alarm in Chinese, the total last', () => {
    // Prepare
    const rows = [
      makeRow('T1', { codeUsageRate: 1, participationRate: 0.5, overdueRateEnd: 0.2 }),
      makeRow('T2', { codeUsageRate: 0.5, participationRate: 0.8, overdueRateEnd: 0.4 }),
    ];
    const total = makeRow('wujin', { codeUsageRate: 0.75, participationRate: 0.65, overdueRateEnd: 0.3 });
    const labels = {
      area: '镇（街道）',
      column: (key: string) => `«${key}»`,
      nameOf: (row: PeriodRow) => row.name ?? '',
    };

    // Act
    const sheet = periodSheet(rows, total, seed, labels);

    // Assess
    expect(sheet.header.slice(0, 8)).toEqual([
      '镇（街道）',
      '«codeUsageRate»',
      '«codeUsageRate»排名',
      '«codeUsageRate»较上季度',
      '«participationRate»',
      '«participationRate»排名',
      '«participationRate»较上季度',
      '«participationRate»超出警戒',
    ]);
    expect(sheet.header).toContain('按期整改 / 到期');
    expect(sheet.rows.map((row) => row.slice(0, 8))).toEqual([
      ['T1镇', '100.0%', 1, '—', '50.0%', 2, '—', '是'],
      ['T2镇', '50.0%', 2, '—', '80.0%', 1, '—', '否'],
      ['wujin镇', '75.0%', '—', '—', '65.0%', '—', '—', '否'],
    ]);
    const overdueAt = sheet.header.indexOf('«overdueRateEnd»');
    expect(sheet.rows.map((row) => [row[overdueAt], row[overdueAt + 1], row[overdueAt + 3]])).toEqual([
      ['20.0%', 1, '否'],
      ['40.0%', 2, '是'],
      ['30.0%', '—', '否'],
    ]);
    expect(sheet.rows.every((row) => row.length === sheet.header.length)).toBe(true);
  });
});

describe('the other widgets’ rows', () => {
  it('lists the worst enterprises with their overdue red and orange points, leaving out those with none', () => {
    // Prepare
    const figures = (overdue: number, active: number) => ({
      overdue,
      active,
      rate: active ? overdue / active : null,
    });
    const row = (id: string, red: number, orange: number): OverdueRow => ({
      level: 'enterprise',
      id,
      name: `${id}公司`,
      districtId: 'wujin',
      townId: 'T1',
      gridId: null,
      figures: {
        total: figures(red + orange, 8),
        red: figures(red, 2),
        orange: figures(orange, 2),
        yellow: figures(0, 2),
        blue: figures(0, 2),
      },
      overdueSevere: red + orange,
    });

    // Act
    const sheet = worstSheet([row('E2', 1, 1), row('E1', 0, 1), row('E9', 0, 0)]);

    // Assess
    expect(sheet.rows).toEqual([
      [1, 'E2公司', '武进区', 1, 1, '2 / 8', '25.0%'],
      [2, 'E1公司', '武进区', 0, 1, '1 / 8', '12.5%'],
    ]);
  });

  it('draws the trend on every day of the window, a day without a snapshot as a gap', () => {
    // Act
    const { days, lines } = trendLines(
      {
        metric: 'overdueRate',
        level: 'district',
        from: '2026-11-29',
        to: '2026-12-02',
        series: [
          {
            id: 'wujin',
            name: null,
            districtId: 'wujin',
            points: [
              { date: '2026-11-29', active: 8, overdue: 3, rate: 0.375 },
              { date: '2026-12-01', active: 8, overdue: 5, rate: 0.625 },
            ],
          },
        ],
      },
      (id) => (id === 'wujin' ? '武进区' : id),
    );

    // Assess
    expect(days).toEqual(['2026-11-29', '2026-11-30', '2026-12-01', '2026-12-02']);
    expect(lines).toEqual([{ id: 'wujin', label: '武进区', data: [37.5, null, 62.5, null] }]);
    expect(daysBetween('2026-12-31', '2027-01-01')).toEqual(['2026-12-31', '2027-01-01']);
  });

  it('offers this quarter and the seven before it, Beijing time', () => {
    // 00:30 on 1 January 2027 in Beijing, still 2026 in UTC
    expect(recentQuarters(new Date('2026-12-31T16:30:00Z'), 3)).toEqual(['2027Q1', '2026Q4', '2026Q3']);
    expect(previousQuarter('2026Q1')).toBe('2025Q4');
  });

  it('exports a widget’s table as XLSX named after the Beijing day', async () => {
    // Prepare
    const { downloads } = stubBrowserDownloads();

    // Act
    await exportSheet(
      { name: '季度指标-2026Q4', header: ['辖市（区）', '常安码使用率'], rows: [['武进区', '99.8%']] },
      new Date('2026-12-01T16:30:00Z'),
    );

    // Assess
    const [download] = await downloads();
    expect(download?.fileName).toBe('季度指标-2026Q4-2026-12-02.xlsx');
    expect(readXlsx(download?.bytes ?? new Uint8Array()).map((row) => row.cells)).toEqual([
      ['辖市（区）', '常安码使用率'],
      ['武进区', '99.8%'],
    ]);
  });
});
