import type { ReactElement } from 'react';
import { RecordContextProvider } from 'react-admin';
import { describe, expect, it } from 'vitest';
import type { AgencyImportTask } from '#functions/agencies/transfer-schemas';
import { AgencyImportResult } from '../../../admin/src/agencies/AgencyImportResult';
import {
  AppealStatusField,
  DeductionStatusField,
  EvidenceLinks,
  IssuerField,
  RuleTextField,
} from '../../../admin/src/agency-deductions/fields';
import { NoticeStatusField } from '../../../admin/src/agency-notices/NoticeList';
import { AgencyOwnWidget } from '../../../admin/src/dashboard/AgencyOwnWidget';
import { AgencyStatsWidget } from '../../../admin/src/dashboard/AgencyStatsWidget';
import { consoleText, dashboardData } from './support/console-text';

/** `element` in Chinese for a `role` (a city admin by default), with `answers` already fetched under their dashboard paths. */
const render = (element: ReactElement, answers: Record<string, unknown> = {}, role = 'cityAdmin') =>
  consoleText(element, { role, queryData: dashboardData(answers) });

const inRecord = (record: Record<string, unknown>, element: ReactElement) => (
  <RecordContextProvider value={{ id: 'D1', ...record }}>{element}</RecordContextProvider>
);

describe('agency console fields', () => {
  it('shows a deduction’s status, appeal state, issuer and the rule it was given under in Chinese', () => {
    // Act
    const text = render(
      inRecord(
        {
          status: 'revoked',
          appealStatus: 'upheld',
          issuingDistrictId: 'city',
          rule: { code: 'GL-02', version: 3, description: '档案归档不及时' },
        },
        <>
          <DeductionStatusField />
          <AppealStatusField />
          <IssuerField />
          <RuleTextField />
        </>,
      ),
    );

    // Assess
    expect(text).toBe('已撤销 申诉已处理：维持扣分 常州市应急管理局 GL-02（第 3 版）档案归档不及时');
  });

  it('says a notice is a draft or published', () => {
    expect(render(inRecord({ status: 'published' }, <NoticeStatusField />))).toBe('已发布');
    expect(render(inRecord({}, <NoticeStatusField />))).toBe('草稿');
  });

  it('says 未申诉 without an appeal and nothing for a record without a status or rule', () => {
    expect(render(inRecord({}, <AppealStatusField />))).toBe('未申诉');
    expect(render(inRecord({}, <DeductionStatusField />))).toBe('');
    expect(render(inRecord({}, <RuleTextField />))).toBe('');
  });

  it('names evidence files PDF or image by their type, and says when there are none', () => {
    // Act
    const files = render(
      <EvidenceLinks
        evidence={[
          { photoId: 'P1', url: 'https://files.example/p1', contentType: 'application/pdf' },
          { photoId: 'P2', url: 'https://files.example/p2', contentType: 'image/jpeg' },
        ]}
      />,
    );
    const none = render(<EvidenceLinks evidence={[]} />);

    // Assess
    expect(files).toMatch(/PDF.*1.*2/);
    expect(files).not.toContain('app.');
    expect(none).not.toContain('app.');
    expect(none.length).toBeGreaterThan(0);
  });
});

describe('the agency import result', () => {
  const task = (overrides: Partial<AgencyImportTask>) =>
    ({
      id: 'T1',
      status: 'DONE',
      total: 3,
      processed: 3,
      created: 2,
      updated: 0,
      unchanged: 0,
      failed: 1,
      errors: [{ row: 4, column: '统一社会信用代码', reason: '统一社会信用代码校验位不正确' }],
      ...overrides,
    }) as unknown as AgencyImportTask;

  it('lists the counts and each failed row with its reason', () => {
    // Act
    const text = render(<AgencyImportResult task={task({})} />);

    // Assess
    expect(text).toContain('导入完成，共 3 行，部分行有错误');
    expect(text).toContain('统一社会信用代码校验位不正确');
    expect(text).toMatch(/新增\s*2/);
  });

  it('shows the task’s own message when the file could not be read', () => {
    expect(render(<AgencyImportResult task={task({ status: 'FAILED', message: '缺少表头：名称' })} />)).toBe(
      '缺少表头：名称',
    );
  });
});

describe('the agency statistics widget', () => {
  it('shows the quarter’s city figures and the districts above the mean, most first', () => {
    // Prepare: the quarter the widget asks for (Beijing); two districts above the mean in 家次, 武进区 in points only
    const day = new Date(Date.now() + 8 * 3_600_000).toISOString();
    const quarter = Math.floor((Number(day.slice(5, 7)) - 1) / 3) + 1;
    const row = (
      districtId: string,
      districtName: string,
      deductions: number,
      above: boolean,
      pointsAbove = above,
    ) => ({
      districtId,
      districtName,
      agencies: 1,
      deductions,
      points: deductions * 2,
      notices: 0,
      difference: { agencies: 0, deductions: 0, points: 0, notices: 0 },
      aboveAverage: { deductions: above, points: pointsAbove },
    });
    const stats = {
      year: Number(day.slice(0, 4)),
      quarter,
      from: '',
      to: '',
      districts: [
        row('xinbei', '新北区', 44, true),
        row('tianning', '天宁区', 59, true),
        row('wujin', '武进区', 3, false, true),
      ],
      city: { agencies: 31, deductions: 122, points: 320, notices: 4 },
      bureau: { agencies: 0, deductions: 0, points: 0, notices: 0 },
      average: { agencies: 4.4, deductions: 15.1, points: 30.3, notices: 0.6 },
    };

    // Act
    const text = render(<AgencyStatsWidget />, {
      [`/agency-stats?year=${stats.year}&quarter=${quarter}`]: stats,
    });

    // Assess
    expect(text).toContain('扣分家次高于全市平均：天宁区 59 家次、新北区 44 家次');
    expect(text).not.toContain('武进区');
    expect(text).toContain('122');
    expect(text).toContain('区均 15.1');
  });
});

describe('the agency user’s own widget', () => {
  it('shows its score, why it is not listed, and the deduction it may still appeal with its last day', () => {
    // Prepare: a suspended agency at 75; one live deduction whose window ends in 3 days, one revoked
    const inThreeDays = new Date(Date.now() + 8 * 3_600_000 + 3 * 86_400_000).toISOString().slice(0, 10);
    const agency = {
      id: 'A1',
      name: '常州安泰安全评价有限公司',
      status: 'suspended',
      certificateExpiry: '2031-06-30',
      score: 75,
      year: 2026,
      listed: false,
    };
    const deduction = (id: string, status: string) => ({
      id,
      status,
      points: 25,
      date: '2026-12-01',
      appealUntil: inThreeDays,
      ruleCode: 'BG-01',
      rule: { code: 'BG-01', version: 1, description: '报告结论与现场实际不符' },
    });

    // Act
    const text = render(
      <AgencyOwnWidget />,
      {
        '/agencies?limit=1': { data: [agency], nextCursor: null },
        '/agency-deductions?limit=100': {
          data: [deduction('D1', 'live'), deduction('D2', 'revoked')],
          nextCursor: null,
        },
      },
      'agencyUser',
    );

    // Assess
    expect(text).toContain('常州安泰安全评价有限公司');
    expect(text).toContain('75');
    expect(text).toContain('机构状态为「暂停」');
    expect(text).toContain('本年度得分低于 80 分');
    expect(text).toContain(inThreeDays);
  });

  it('shows nothing to a manager', () => {
    expect(render(<AgencyOwnWidget />)).toBe('');
  });
});
