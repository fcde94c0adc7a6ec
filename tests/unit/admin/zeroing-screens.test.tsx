import type { ReactElement } from 'react';
import { describe, expect, it } from 'vitest';
import type { Hazard } from '#functions/hazards/schemas';
import { RecordCheckButton, ResultInputs } from '../../../admin/src/zeroing/RecordCheckDialog';
import { BoardView, boardQueryKey, ZeroingBoardPanel } from '../../../admin/src/zeroing/ZeroingBoardPanel';
import {
  ChecksTable,
  checksQueryKey,
  ZeroingChecksPanel,
} from '../../../admin/src/zeroing/ZeroingChecksPanel';
import { EntriesTable } from '../../../admin/src/zeroing/ZeroingEntriesPanel';
import { HazardChoices, ImportErrors } from '../../../admin/src/zeroing/ZeroingListEditor';
import {
  base64Of,
  checkBodyOf,
  majorHazardsPath,
  recordableLevels,
  type ZeroingBoard,
  type ZeroingCheck,
  type ZeroingEntry,
} from '../../../admin/src/zeroing/zeroingApi';
import { checkRows } from '../../../admin/src/zeroing/zeroingExport';
import { consoleText } from './support/console-text';

const render = (element: ReactElement, answers: [unknown[], unknown][] = [], role = 'cityAdmin') =>
  consoleText(element, { role, queryData: answers });

const board: ZeroingBoard = {
  campaign: {
    id: 'C1',
    name: '百日清零',
    startDate: '2022-06-01',
    endDate: '2022-09-09',
    createdBy: 'u1',
    createdByName: '张三',
    createdAt: '2022-06-01T00:00:00Z',
    updatedAt: '2022-06-01T00:00:00Z',
  },
  listed: 107,
  checked: 107,
  notZeroed: { province: 4, city: 1, district: 5 },
  notZeroedTotal: 10,
  closedSince: 10,
  byDistrict: [
    {
      districtId: 'wujin',
      listed: 20,
      checked: 20,
      notZeroed: { province: 3, city: 0, district: 1 },
      notZeroedTotal: 4,
      closedSince: 3,
    },
  ],
  followUp: [
    {
      enterpriseId: 'E1',
      enterpriseName: '常州湖塘冶金厂',
      districtId: 'wujin',
      levels: ['province', 'district'],
      openHazards: 1,
    },
    {
      enterpriseId: 'E2',
      enterpriseName: '常州牛塘机械厂',
      districtId: 'wujin',
      levels: ['city'],
      openHazards: 0,
    },
  ],
  sentence:
    '百日清零行动共检查企业 107 家，其中省级检查发现未清零企业 4 家、市级 1 家、辖市（区）级 5 家，共发现未清零企业 10 家，目前已全部整改闭环',
};

const entry: ZeroingEntry = {
  id: 'E1',
  campaignId: 'C1',
  enterpriseId: 'E1',
  enterpriseName: '常州湖塘冶金厂',
  creditCode: '91320412MA1XYW0A1X',
  districtId: 'wujin',
  townId: 'T1',
  gridId: null,
  hazards: [
    { hazardId: 'H1', description: '除尘系统未设泄爆装置', level: 'major', status: 'CLOSED' },
    { hazardId: 'H2', description: '有限空间作业未审批', level: 'major', status: 'OPEN' },
  ],
  allClosed: false,
  addedAt: '2022-06-02T00:00:00Z',
  updatedAt: '2022-06-02T00:00:00Z',
};

const check: ZeroingCheck = {
  id: 'K1',
  campaignId: 'C1',
  enterpriseId: 'E1',
  enterpriseName: '常州湖塘冶金厂',
  districtId: 'wujin',
  townId: 'T1',
  gridId: null,
  level: 'province',
  checkedOn: '2022-07-01',
  checkers: ['张明', '李华'],
  results: [{ hazardId: 'H2', description: '有限空间作业未审批', zeroed: false, note: '审批单缺失' }],
  zeroed: false,
  photoIds: [],
  createdBy: 'u1',
  createdByName: '张三',
  createdAt: '2022-07-01T00:00:00Z',
};

describe('the zeroing console (百日清零)', () => {
  it('shows the board: the sentence, the figures per level and a row per district', () => {
    const text = render(<BoardView board={board} />);
    expect(text).toContain(board.sentence);
    expect(text).toContain('省级未清零 4');
    expect(text).toContain('辖市（区）级未清零 5');
    expect(text).toContain('武进区 20 20 3 0 1 3 1');
  });

  it('says the list is empty instead of zeros, and reads a fetched board in its panel', () => {
    expect(render(<BoardView board={{ ...board, listed: 0 }} />)).toBe('清零名单中还没有企业');
    const panel = render(<ZeroingBoardPanel campaignId="C1" />, [[boardQueryKey('C1'), board]]);
    expect(panel).toContain('共检查企业 107 家');
    expect(panel).toContain(
      '未清零企业跟踪 常州湖塘冶金厂 武进区 省级、辖市（区）级 尚有 1 条隐患未闭环 常州牛塘机械厂 武进区 市级 已整改闭环',
    );
    expect(render(<ZeroingBoardPanel campaignId="C2" />)).toContain('正在加载');
  });

  it("lists the enterprises with each hazard's state, and the checks with what was not zeroed", () => {
    const entries = render(<EntriesTable entries={[entry]} />);
    expect(entries).toContain('除尘系统未设泄爆装置（已闭环）');
    expect(entries).toContain('有限空间作业未审批（待整改）');
    expect(entries).toContain('未全部闭环');
    expect(render(<EntriesTable entries={[]} />)).toContain('清零名单为空');
    const checks = render(<ChecksTable checks={[check]} />);
    expect(checks).toContain(
      '2022-07-01 省级 常州湖塘冶金厂 有限空间作业未审批：审批单缺失 武进区 张明、李华 未清零',
    );
    expect(render(<ChecksTable checks={[]} />)).toBe('还没有检查记录');
  });

  it('offers 录入检查 to the managers only, with the levels each may record', () => {
    const pages = (nextCursor: string | null) => ({
      pages: [{ data: [check], nextCursor }],
      pageParams: [null],
    });
    const panel = (nextCursor: string | null) =>
      render(
        <ZeroingChecksPanel campaignId="C1" campaignName="百日清零" userRole="districtAdmin" />,
        [[checksQueryKey('C1'), pages(nextCursor)]],
        'districtAdmin',
      );
    expect(panel(null)).toMatch(/录入检查 导出检查记录 检查日期/);
    expect(panel(null)).not.toContain('加载更多');
    // more checks than one page (the report's 107 enterprises × 3 levels): the rest are a click away
    expect(panel('next')).toMatch(/未清零 加载更多$/);
    expect(render(<RecordCheckButton campaignId="C1" userRole="townOfficer" />)).toBe('');
    expect(recordableLevels('cityAdmin')).toEqual(['province', 'city', 'district']);
    expect(recordableLevels('districtAdmin')).toEqual(['district']);
    expect(recordableLevels('gridMember')).toEqual([]);
  });

  it('exports the checks one row per hazard result, Chinese headers first', () => {
    expect(checkRows([check])).toEqual([
      ['检查日期', '检查层级', '企业名称', '辖市（区）', '检查人员', '隐患', '结论', '说明'],
      [
        '2022-07-01',
        '省级',
        '常州湖塘冶金厂',
        '武进区',
        '张明、李华',
        '有限空间作业未审批',
        '未清零',
        '审批单缺失',
      ],
    ]);
  });

  it('asks a note only of a hazard marked not zeroed', () => {
    const form = {
      enterpriseId: 'E1',
      level: 'district' as const,
      checkedOn: '2022-07-01',
      checkers: '',
      results: { H2: { zeroed: false, note: '' } },
    };
    const text = render(<ResultInputs entry={entry} form={form} onChange={() => undefined} />);
    expect(text).toContain('除尘系统未设泄爆装置：已清零');
    expect(text).toContain('有限空间作业未审批：未清零');
    expect(text).toContain('说明（未清零必填）');
  });

  it('builds the check the API takes: every listed hazard answered, checkers split, blank notes left out', () => {
    const form = {
      enterpriseId: 'E1',
      level: 'city' as const,
      checkedOn: '2022-07-01',
      checkers: '张明、李华, 王强\n',
      results: { H2: { zeroed: false, note: ' 审批单缺失 ' } },
    };
    expect(checkBodyOf(form, entry)).toEqual({
      enterpriseId: 'E1',
      level: 'city',
      checkedOn: '2022-07-01',
      checkers: ['张明', '李华', '王强'],
      results: [
        { hazardId: 'H1', zeroed: true },
        { hazardId: 'H2', zeroed: false, note: '审批单缺失' },
      ],
      photoIds: [],
    });
  });

  it("sends the check's verified photos with it", () => {
    const form = {
      enterpriseId: 'E1',
      level: 'district' as const,
      checkedOn: '2022-07-01',
      checkers: '张明',
      results: {},
    };
    expect(checkBodyOf(form, entry, ['P1', 'P2']).photoIds).toEqual(['P1', 'P2']);
  });

  it('picks open major hazards, encodes the import file, and shows the import refusal row by row', () => {
    const hazard = {
      id: 'H9',
      districtId: 'wujin',
      description: '煤气区域未设报警仪',
      majorCategoryLabel: '冶金',
    } as Hazard;
    expect(
      render(<HazardChoices hazards={[hazard]} chosen={new Set(['H9'])} onToggle={() => undefined} />),
    ).toContain('武进区：煤气区域未设报警仪（冶金）');
    expect(render(<HazardChoices hazards={[]} chosen={new Set()} onToggle={() => undefined} />)).toBe(
      '没有待整改的重大隐患',
    );
    expect(majorHazardsPath('wujin', 'abc')).toBe(
      '/hazards?level=major&status=OPEN&limit=50&districtId=wujin&cursor=abc',
    );
    const bytes = new Uint8Array(70_000).map((_, i) => i % 251);
    expect(base64Of(bytes)).toBe(Buffer.from(bytes).toString('base64'));
    const error = Object.assign(new Error('导入文件有误'), {
      body: { error: { fields: [{ message: '第 3 行：请填写隐患描述' }] } },
    });
    expect(render(<ImportErrors error={error} />)).toBe('导入文件有误 第 3 行：请填写隐患描述');
  });
});
