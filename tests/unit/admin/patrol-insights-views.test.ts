import { describe, expect, it } from 'vitest';
import {
  findingSheet,
  findingsPath,
  findingText,
  itemTexts,
  patrolDays,
  type RepeatedFindingRow,
} from '../../../admin/src/patrol-insights/findingView';
import {
  byRate,
  defaultPeriod,
  drillInto,
  type PatrolRateRow,
  periodOptions,
  rateSheet,
  ratesPath,
  rowName,
  startDrill,
  totalPath,
  totalRow,
} from '../../../admin/src/patrol-insights/rateView';

const rate = (
  id: string,
  level: PatrolRateRow['level'],
  more: Partial<PatrolRateRow> = {},
): PatrolRateRow => ({
  level,
  id,
  name: null,
  districtId: null,
  townId: null,
  gridId: null,
  inGrid: 10,
  patrolled: 5,
  rate: 0.5,
  fromDay: '2026-10-01',
  throughDay: '2026-12-04',
  ...more,
});

describe('the patrol rate page’s drill-down', () => {
  it('starts each role one level below its own area', () => {
    expect(startDrill('cityAdmin', {})).toEqual({ level: 'district' });
    expect(startDrill('districtAdmin', { districtId: 'wujin' })).toEqual({
      level: 'town',
      districtId: 'wujin',
    });
    expect(startDrill('townOfficer', { districtId: 'wujin', townId: 'T1' })).toEqual({
      level: 'grid',
      districtId: 'wujin',
      townId: 'T1',
    });
    expect(startDrill('gridMember', { townId: 'T1' })).toEqual({ level: 'grid', townId: 'T1' });
    expect(startDrill(undefined, undefined)).toEqual({ level: 'district' });
  });

  it('opens a district’s towns, then a town’s grids, and stops at a grid', () => {
    const town = drillInto({ level: 'district' }, { id: 'wujin', name: '武进区' });
    expect(town).toEqual({ level: 'town', districtId: 'wujin', districtName: '武进区' });
    const grid = drillInto(town as NonNullable<typeof town>, { id: 'T1', name: null });
    expect(grid).toEqual({
      level: 'grid',
      districtId: 'wujin',
      districtName: '武进区',
      townId: 'T1',
      townName: 'T1',
    });
    expect(drillInto(grid as NonNullable<typeof grid>, { id: 'G1', name: '一网格' })).toBeNull();
  });

  it('asks for the level’s rows and the total of the area above', () => {
    expect(ratesPath('2026Q4', { level: 'district' })).toBe('/patrol-rates?period=2026Q4&level=district');
    expect(ratesPath('2026-12', { level: 'town', districtId: 'wujin' })).toBe(
      '/patrol-rates?period=2026-12&level=town&districtId=wujin',
    );
    expect(ratesPath('2026Q4', { level: 'grid', districtId: 'wujin', townId: 'T1' })).toBe(
      '/patrol-rates?period=2026Q4&level=grid&districtId=wujin&townId=T1',
    );
    expect(totalPath('2026Q4', { level: 'district' })).toBe('/patrol-rates?period=2026Q4&level=city');
    expect(totalPath('2026Q4', { level: 'town', districtId: 'wujin' })).toBe(
      '/patrol-rates?period=2026Q4&level=district',
    );
    expect(totalPath('2026Q4', { level: 'grid', districtId: 'wujin', townId: 'T1' })).toBe(
      '/patrol-rates?period=2026Q4&level=town&districtId=wujin',
    );
  });

  it('finds the total row, names rows and puts the lowest rate first', () => {
    const answer = {
      period: '2026Q4',
      level: 'town' as const,
      generatedAt: null,
      rows: [rate('T0', 'town'), rate('T1', 'town')],
    };
    expect(totalRow(answer, { level: 'grid', townId: 'T1' })?.id).toBe('T1');
    expect(totalRow({ ...answer, rows: [rate('city', 'city')] }, { level: 'district' })?.id).toBe('city');
    expect(totalRow(undefined, { level: 'district' })).toBeUndefined();
    expect(rowName(rate('wujin', 'district'))).toBe('武进区');
    expect(rowName(rate('T1', 'town', { name: '湖塘镇' }))).toBe('湖塘镇');
    const sorted = byRate([
      rate('a', 'town', { rate: 0.9 }),
      rate('b', 'town', { rate: null }),
      rate('c', 'town', { rate: 0.2 }),
    ]);
    expect(sorted.map((r) => r.id)).toEqual(['c', 'a', 'b']);
    expect(rateSheet([rate('wujin', 'district', { rate: 0.8393 })], '2026Q4')).toEqual({
      name: '巡查率-2026Q4',
      header: ['区域', '在网格企业', '已巡查企业', '巡查率', '统计截至'],
      rows: [['武进区', 10, 5, '83.9%', '2026-12-04']],
    });
  });

  it('offers four quarters and six months, the current ones marked, and opens on this quarter', () => {
    const now = new Date('2026-02-10T12:00:00+08:00');
    const options = periodOptions(now);
    expect(options.map((o) => o.value)).toEqual([
      '2026Q1',
      '2025Q4',
      '2025Q3',
      '2025Q2',
      '2026-02',
      '2026-01',
      '2025-12',
      '2025-11',
      '2025-10',
      '2025-09',
    ]);
    expect(options.filter((o) => o.current).map((o) => o.value)).toEqual(['2026Q1', '2026-02']);
    expect(options[4]).toMatchObject({ kind: 'month', year: '2026', number: '2' });
    expect(defaultPeriod(now)).toBe('2026Q1');
  });
});

const finding = (more: Partial<RepeatedFindingRow> = {}): RepeatedFindingRow => ({
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
  ...more,
});

describe('the repeated findings list', () => {
  it('asks for the officer’s own town, or the picked one; nothing before a district or city admin picks', () => {
    expect(findingsPath('townOfficer', undefined, 'all')).toBe('/patrol-repeated-findings');
    expect(findingsPath('gridMember', 'T9', 'open')).toBe('/patrol-repeated-findings?open=true');
    expect(findingsPath('districtAdmin', undefined, 'all')).toBeNull();
    expect(findingsPath('cityAdmin', 'T1', 'closed')).toBe('/patrol-repeated-findings?townId=T1&open=false');
  });

  it('writes the item’s text, the patrol days and the sheet in Chinese', () => {
    const texts = itemTexts({ items: [{ itemId: 'c07', text: '消防器材配置齐全、在有效期内' }] });
    expect(findingText(finding(), texts)).toBe('消防器材配置齐全、在有效期内');
    expect(findingText(finding({ code: 'fire' }), texts)).toBe('fire');
    expect(itemTexts(undefined).size).toBe(0);
    expect(patrolDays(finding())).toBe('11-02、12-01');
    expect(
      findingSheet([finding(), finding({ kind: 'category', open: false, enterpriseName: null })], texts).rows,
    ).toEqual([
      [
        '湖塘机械厂',
        '消防器材配置齐全、在有效期内',
        '检查项不符合',
        2,
        '2026-11-02、2026-12-01',
        '1 / 2',
        '未闭环',
      ],
      ['E1', '消防器材配置齐全、在有效期内', '同类隐患', 2, '2026-11-02、2026-12-01', '1 / 2', '已闭环'],
    ]);
  });
});
