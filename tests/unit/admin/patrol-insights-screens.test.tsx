import type { ReactElement } from 'react';
import { describe, expect, it } from 'vitest';
import { quarterOf } from '../../../admin/src/dashboard/quarters';
import { FindingCards } from '../../../admin/src/patrol-insights/FindingRows';
import { PatrolRatePage } from '../../../admin/src/patrol-insights/PatrolRatePage';
import { PatrolRateWidget } from '../../../admin/src/patrol-insights/PatrolRateWidget';
import { RepeatedFindingsPage } from '../../../admin/src/patrol-insights/RepeatedFindingsPage';
import { consoleText, dashboardData } from './support/console-text';

/** `element` in Chinese for `role` at `scope`, with `answers` already fetched under their paths. */
const render = (
  element: ReactElement,
  answers: Record<string, unknown>,
  role: string,
  scope: Record<string, string> = {},
) => consoleText(element, { role, scope, queryData: dashboardData(answers) });

const row = (level: string, id: string, name: string | null, inGrid: number, patrolled: number) => ({
  level,
  id,
  name,
  districtId: level === 'city' ? null : 'wujin',
  townId: null,
  gridId: null,
  inGrid,
  patrolled,
  rate: inGrid ? Math.round((patrolled / inGrid) * 10_000) / 10_000 : null,
  fromDay: '2026-10-01',
  throughDay: '2026-12-04',
});

describe('the patrol rate page', () => {
  it('shows the city’s rate and its districts, lowest first, for the city admin', () => {
    // Prepare
    const quarter = quarterOf(new Date());
    const answers = {
      [`/patrol-rates?period=${quarter}&level=district`]: {
        period: quarter,
        level: 'district',
        generatedAt: '2026-12-04T02:20:00.000Z',
        rows: [row('district', 'liyang', '溧阳市', 100, 90), row('district', 'wujin', '武进区', 200, 100)],
      },
      [`/patrol-rates?period=${quarter}&level=city`]: {
        period: quarter,
        level: 'city',
        generatedAt: '2026-12-04T02:20:00.000Z',
        rows: [row('city', 'city', '全市', 33_752, 28_328)],
      },
    };
    // Act
    const text = render(<PatrolRatePage />, answers, 'cityAdmin');
    // Assess
    expect(text).toContain('83.9%');
    expect(text).toContain('全市：28328 / 33752 家在网格企业已巡查');
    expect(text.indexOf('武进区')).toBeLessThan(text.indexOf('溧阳市'));
    expect(text).toContain('50.0%');
    expect(text).toContain('90.0%');
    expect(text).toContain('在网格企业');
    expect(text).toContain('巡查率 = 期内至少巡查一次的在网格企业');
  });

  it('says when a period has no rates yet', () => {
    const quarter = quarterOf(new Date());
    const empty = { period: quarter, level: 'grid', generatedAt: null, rows: [] };
    const text = render(
      <PatrolRatePage />,
      {
        [`/patrol-rates?period=${quarter}&level=grid&districtId=wujin&townId=T1`]: empty,
        [`/patrol-rates?period=${quarter}&level=town&districtId=wujin`]: empty,
      },
      'townOfficer',
      { districtId: 'wujin', townId: 'T1' },
    );
    expect(text).toContain('该统计期尚无巡查率');
  });
});

const finding = {
  id: 'E1:c07',
  enterpriseId: 'E1',
  enterpriseName: '湖塘机械厂',
  districtId: 'wujin',
  townId: 'T1',
  gridId: 'G1',
  code: 'c07',
  kind: 'item',
  patrols: [
    { patrolId: 'P1', day: '2026-11-02', at: '2026-11-02T02:00:00.000Z' },
    { patrolId: 'P2', day: '2026-12-01', at: '2026-12-01T02:00:00.000Z' },
  ],
  count: 2,
  firstDay: '2026-11-02',
  lastDay: '2026-12-01',
  stillFound: true,
  hazardIds: ['H1', 'H2'],
  openHazardIds: ['H2'],
  open: true,
};

describe('the repeated findings page', () => {
  it('lists the town officer’s repeats with the item’s text, the days and 未闭环', () => {
    // Act
    const text = render(
      <RepeatedFindingsPage />,
      {
        '/patrol-repeated-findings': { data: [finding], nextCursor: null },
        '/patrol-forms/current?districtId=wujin': {
          items: [{ itemId: 'c07', text: '消防器材配置齐全、在有效期内' }],
        },
      },
      'townOfficer',
      { districtId: 'wujin', townId: 'T1' },
    );
    // Assess
    expect(text).toContain('湖塘机械厂');
    expect(text).toContain('消防器材配置齐全、在有效期内');
    expect(text).toContain('检查项不符合');
    expect(text).toContain('11-02、12-01');
    expect(text).toContain('1 / 2');
    expect(text).toContain('未闭环');
  });

  it('asks a district admin to pick a town first', () => {
    const text = render(<RepeatedFindingsPage />, {}, 'districtAdmin', { districtId: 'wujin' });
    expect(text).toContain('请选择镇（街道）后查看');
    expect(text).toContain('镇（街道）');
  });

  it('says when a town has nothing found twice', () => {
    const text = render(
      <RepeatedFindingsPage />,
      { '/patrol-repeated-findings': { data: [], nextCursor: null } },
      'gridMember',
      { districtId: 'wujin', townId: 'T1', gridId: 'G1' },
    );
    expect(text).toContain('近 90 天内没有重复发现的问题');
  });
});

describe('the patrol rate widget', () => {
  it('shows this quarter’s rate of the district admin’s own district, with the way to the details', () => {
    const quarter = quarterOf(new Date());
    const text = render(
      <PatrolRateWidget />,
      {
        [`/patrol-rates?period=${quarter}&level=district`]: {
          period: quarter,
          level: 'district',
          generatedAt: '2026-12-04T02:20:00.000Z',
          rows: [row('district', 'wujin', '武进区', 200, 150)],
        },
      },
      'districtAdmin',
      { districtId: 'wujin' },
    );
    expect(text).toContain('本季度巡查率');
    expect(text).toContain('75.0%');
    expect(text).toContain('武进区：150 / 200 家在网格企业已巡查');
    expect(text).toContain('查看各区域明细');
  });

  it('shows a grid member its grid’s rate, and nothing to an enterprise user', () => {
    const quarter = quarterOf(new Date());
    const answers = {
      [`/patrol-rates?period=${quarter}&level=grid`]: {
        period: quarter,
        level: 'grid',
        generatedAt: null,
        rows: [row('grid', 'G1', '湖塘一网格', 4, 1)],
      },
    };
    expect(
      render(<PatrolRateWidget />, answers, 'gridMember', {
        districtId: 'wujin',
        townId: 'T1',
        gridId: 'G1',
      }),
    ).toContain('25.0%');
    expect(render(<PatrolRateWidget />, answers, 'enterpriseUser', { enterpriseId: 'E1' })).toBe('');
  });
});

describe('the repeated findings as cards (phones)', () => {
  it('shows the enterprise, what was found, the count, days, hazards and 已闭环', () => {
    const texts = new Map([['c07', '消防器材配置齐全、在有效期内']]);
    const closed = {
      ...finding,
      kind: 'category' as const,
      open: false,
      stillFound: false,
      openHazardIds: [],
    };
    const text = render(<FindingCards rows={[closed]} texts={texts} />, {}, 'townOfficer');
    expect(text).toContain('湖塘机械厂');
    expect(text).toContain('消防器材配置齐全、在有效期内（同类隐患）');
    expect(text).toContain('巡查次数 2 · 巡查日期 11-02、12-01 · 未闭环隐患 0 / 2');
    expect(text).toContain('已闭环');
  });
});
