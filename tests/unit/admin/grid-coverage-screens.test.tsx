import type { ReactElement } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AssignPanel, filterLabel } from '../../../admin/src/grid-coverage/AssignDialog';
import { CoverageWidget } from '../../../admin/src/grid-coverage/CoverageWidget';
import {
  assignmentBody,
  type Coverage,
  filterQuery,
  readAssignment,
  readCoverage,
  readGrids,
  readOutsidePage,
  readPreview,
  readTowns,
  startAssignment,
} from '../../../admin/src/grid-coverage/coverageApi';
import {
  assignmentOutcome,
  assignmentPercent,
  coverageRows,
  coverageText,
} from '../../../admin/src/grid-coverage/coverageView';
import { OutsidePage, startFilter } from '../../../admin/src/grid-coverage/OutsidePage';
import { consoleText } from './support/console-text';

/** `element` in Chinese for `role`, with `answers` already in the query cache under their keys. */
const render = (
  element: ReactElement,
  answers: [unknown[], unknown][] = [],
  role = 'cityAdmin',
  scope = {},
) => consoleText(element, { role, scope, queryData: answers });

const counts = (total: number, inGrid: number) => ({
  total,
  inGrid,
  outside: total - inGrid,
  coverage: total ? Math.round((inGrid / total) * 10_000) / 100 : null,
});
const cityCoverage: Coverage = {
  refreshMinutes: 10,
  generatedAt: '2026-12-01T02:00:00.000Z',
  ...counts(1000, 800),
  districts: [
    { districtId: 'xinbei', districtName: '新北区', ...counts(600, 333), towns: [] },
    { districtId: 'liyang', districtName: '溧阳市', ...counts(400, 467 - 67), towns: [] },
  ],
};
const districtCoverage: Coverage = {
  ...cityCoverage,
  districts: [
    {
      districtId: 'xinbei',
      districtName: '新北区',
      ...counts(600, 333),
      towns: [{ townId: 'T1', townName: '罗溪镇', ...counts(100, 90) }],
    },
  ],
};
const row = (id: string, name: string) => ({
  id,
  name,
  creditCode: '91320411MA1XXXXXX1',
  districtId: 'xinbei',
  districtName: '新北区',
  townId: 'T1',
  townName: '罗溪镇',
  industry: '机械',
  status: '正常生产' as const,
});

afterEach(() => vi.unstubAllGlobals());

describe('grid coverage console: pure parts', () => {
  it('builds the list query from the non-blank filters, and the assignment body from the town and grid', () => {
    expect(
      filterQuery(
        { districtId: 'xinbei', townId: ' ', industry: '机械', q: ' 恒达 ' },
        { limit: 50, cursor: null },
      ),
    ).toBe('districtId=xinbei&industry=%E6%9C%BA%E6%A2%B0&q=%E6%81%92%E8%BE%BE&limit=50');
    expect(assignmentBody({ townId: 'T1', industry: '', q: ' 恒达' }, 'G1')).toEqual({
      townId: 'T1',
      gridId: 'G1',
      q: '恒达',
    });
    expect(filterLabel({ industry: '机械', q: '恒达' }, '全部')).toBe('机械，“恒达”');
    expect(filterLabel({}, '全部')).toBe('全部');
  });

  it('shows districts for the city and towns for a district, coverage with two decimals', () => {
    expect(coverageRows(cityCoverage).map((r) => [r.name, r.outside])).toEqual([
      ['新北区', 267],
      ['溧阳市', 0],
    ]);
    expect(coverageRows(districtCoverage).map((r) => [r.name, r.outside])).toEqual([['罗溪镇', 10]]);
    expect(coverageText(83.929)).toBe('83.93%');
    expect(coverageText(null)).toBe('—');
    expect(assignmentPercent({ processed: 1, total: 4 })).toBe(25);
    expect(assignmentPercent({ processed: 0, total: 0 })).toBe(0);
  });

  it('starts a district admin and a town officer from their own area', () => {
    expect(startFilter({ role: 'cityAdmin', scope: {} } as never)).toEqual({});
    expect(startFilter({ role: 'districtAdmin', scope: { districtId: 'xinbei' } } as never)).toEqual({
      districtId: 'xinbei',
    });
    expect(
      startFilter({ role: 'townOfficer', scope: { districtId: 'xinbei', townId: 'T1' } } as never),
    ).toEqual({
      districtId: 'xinbei',
      townId: 'T1',
    });
  });

  it('calls the API paths the routes name', async () => {
    const calls: string[] = [];
    vi.stubGlobal('fetch', async (url: string, init?: RequestInit) => {
      calls.push(`${init?.method ?? 'GET'} ${url}`);
      return new Response('{}', { status: 200, headers: { 'content-type': 'application/json' } });
    });
    await readCoverage();
    await readOutsidePage({ townId: 'T1' }, 'C1');
    await readPreview({ districtId: 'xinbei', townId: 'T1' }, 'G1');
    await startAssignment({ townId: 'T1' }, 'G1');
    await readAssignment('A1');
    await readTowns('xinbei');
    await readGrids('T1');
    expect(calls).toEqual([
      'GET /api/grid-coverage',
      'GET /api/grid-coverage/outside?townId=T1&limit=50&cursor=C1',
      'GET /api/grid-assignments/preview?townId=T1&gridId=G1',
      'POST /api/grid-assignments',
      'GET /api/grid-assignments/A1',
      'GET /api/towns?districtId=xinbei&limit=100',
      'GET /api/grids?townId=T1&limit=100',
    ]);
    const done = { total: 3, processed: 3, assigned: 2, already: 1, skipped: 0, gridName: '一网格' };
    expect(assignmentOutcome(done as never)).toEqual({ assigned: 2, already: 1, skipped: 0, grid: '一网格' });
  });
});

describe('grid coverage console: screens', () => {
  it('draws the widget: the coverage, the outside count per district and the link to the list', () => {
    const text = render(<CoverageWidget />, [[['dashboard', '/grid-coverage'], cityCoverage]]);
    expect(text).toContain('网格覆盖与网格外企业');
    expect(text).toContain('80.00%');
    expect(text).toContain('新北区 267 55.50%');
    expect(text).toContain('查看网格外企业');
  });

  it('says when the coverage has not been counted yet, and hides the widget from a grid member', () => {
    const empty = { ...cityCoverage, generatedAt: null };
    expect(render(<CoverageWidget />, [[['dashboard', '/grid-coverage'], empty]])).toContain(
      '网格覆盖尚未统计',
    );
    expect(render(<CoverageWidget />, [], 'gridMember')).toBe('');
  });

  it('lists the outside enterprises with the assign button for a district admin', () => {
    const page = {
      pages: [{ data: [row('E1', '罗溪精密机械有限公司')], nextCursor: 'next' }],
      pageParams: [null],
    };
    const text = render(
      <OutsidePage />,
      [[['grid-outside', 'list', { districtId: 'xinbei' }], page]],
      'districtAdmin',
      { districtId: 'xinbei' },
    );
    expect(text).toContain('网格外企业');
    expect(text).toContain('罗溪精密机械有限公司');
    expect(text).toContain('批量划入网格');
    expect(text).toContain('请先选择镇（街道）');
    expect(text).toContain('加载更多');
  });

  it('opens the dialog with the town, the filter and the town’s grids, the confirm button off until a grid is picked', () => {
    const text = render(
      <AssignPanel filter={{ townId: 'T1', industry: '机械' }} townName="罗溪镇" onClose={() => undefined} />,
      [[['grid-outside', 'grids', 'T1'], { data: [{ id: 'G1', name: '罗溪一网格' }] }]],
    );
    expect(text).toContain('批量划入网格');
    expect(text).toContain('镇（街道）：罗溪镇');
    expect(text).toContain('筛选：机械');
    expect(text).toContain('划入网格');
    expect(text).toContain('取消');
    expect(text).toContain('确认划入');
  });
});
