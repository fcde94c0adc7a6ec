import type { DataProvider, FetchRelatedRecords, RaRecord } from 'react-admin';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readXlsx } from '#functions/platform/files/xlsx-reader';
import { agencyBody, agencyExporter, agencyTypeChoices } from '../../../admin/src/agencies/choices';
import {
  agencyImportFormat,
  agencyImportProblem,
  toAgencyExportFilter,
} from '../../../admin/src/agencies/transferApi';
import { deductionBody } from '../../../admin/src/agency-deductions/DeductionCreate';
import { EvidenceProblem, isEvidenceType } from '../../../admin/src/agency-deductions/evidenceApi';
import {
  appealable,
  type DeductionRecord,
  daysLeft,
  issuerName,
  rulePointsText,
} from '../../../admin/src/agency-deductions/fields';
import { canWriteNotices } from '../../../admin/src/agency-notices/NoticeList';
import { ruleBody, ruleCreateBody } from '../../../admin/src/agency-rules/ruleBody';
import { unlistedReasons } from '../../../admin/src/dashboard/AgencyOwnWidget';
import { i18nProvider } from '../../../admin/src/i18n';
import { stubBrowserDownloads } from './download-support';

const translate = (key: string, options?: object) => i18nProvider.translate(key, options) as string;

describe('agency console bodies and helpers', () => {
  it('sends only the editable agency fields, the credit code upper-cased without spaces, registered by default', () => {
    // Act
    const body = agencyBody({
      id: 'A1',
      score: 75,
      name: '常州安泰安全评价有限公司',
      creditCode: ' 91320400 mA1x2y3z4k ',
      type: 'assessment',
      districtId: 'wujin',
      certificateNo: 'APJ-1',
      certificateExpiry: '2031-06-30',
      contactName: '王工',
      contactPhone: '13912345678',
    });

    // Assess
    expect(body).toEqual({
      name: '常州安泰安全评价有限公司',
      creditCode: '91320400MA1X2Y3Z4K',
      type: 'assessment',
      districtId: 'wujin',
      workDistrictIds: [],
      certificateNo: 'APJ-1',
      certificateExpiry: '2031-06-30',
      contactName: '王工',
      contactPhone: '13912345678',
      status: 'registered',
    });
    expect(agencyTypeChoices.map((choice) => choice.id)).toEqual([
      'assessment',
      'testing',
      'consulting',
      'training',
      'other',
    ]);
  });

  it('sends a ranged rule without the stored 0 points, and a fixed one with its points', () => {
    expect(
      ruleBody({ description: '档案不全', category: '过程', points: 0, pointsMin: '2', pointsMax: 10 }),
    ).toEqual({ description: '档案不全', category: '过程', pointsMin: 2, pointsMax: 10, active: true });
    expect(
      ruleCreateBody({
        code: ' lr-5 ',
        description: '报告失实',
        category: '质量',
        points: '5',
        active: false,
      }),
    ).toEqual({
      code: 'LR-5',
      description: '报告失实',
      category: '质量',
      points: 5,
      active: false,
    });
  });

  it('turns the deduction form into the API body: points as a number, empty parts filled', () => {
    expect(
      deductionBody({
        agencyId: 'A1',
        ruleCode: 'GL-01',
        points: '2.5',
        reason: ' 档案缺失 ',
        date: '2026-12-01',
      }),
    ).toEqual({
      agencyId: 'A1',
      ruleCode: 'GL-01',
      points: 2.5,
      reason: '档案缺失',
      date: '2026-12-01',
      evidenceIds: [],
    });
    expect(deductionBody({}).points).toBeNaN();
  });

  it('says a rule’s points, the issuer and the appeal days in Chinese, counting Beijing days', () => {
    // Prepare: 00:30 on 3 December in Beijing is still 2 December in UTC
    const now = new Date('2026-12-02T16:30:00Z');
    const record = { status: 'live', appealUntil: '2026-12-03' } as DeductionRecord;

    // Assess
    expect(rulePointsText(translate, { points: 5 })).toBe('扣 5 分');
    expect(rulePointsText(translate, { points: 0, pointsMin: 2, pointsMax: 10 })).toBe('扣 2–10 分');
    expect(issuerName(translate, 'city')).toBe('常州市应急管理局');
    expect(issuerName(translate, 'tianning')).toBe('天宁区');
    expect(issuerName(translate, undefined)).toBe('');
    expect(daysLeft('2026-12-03', now)).toBe(0);
    expect(daysLeft('2026-12-01', now)).toBe(-2);
    expect(appealable(record, now)).toBe(true);
    expect(appealable({ ...record, appealUntil: '2026-12-02' }, now)).toBe(false);
    expect(appealable({ ...record, appealId: 'P1' }, now)).toBe(false);
    expect(appealable({ ...record, status: 'revoked' } as DeductionRecord, now)).toBe(false);
  });
});

describe('agency transfers and listing reasons', () => {
  it('sends the list filter’s known, non-empty fields only, and takes .xlsx or .csv files', () => {
    // Assess
    expect(
      toAgencyExportFilter({ q: ' 安泰 ', type: '', listed: true, districtId: 'wujin', page: 2 }),
    ).toEqual({
      q: '安泰',
      listed: 'true',
      districtId: 'wujin',
    });
    expect(agencyImportFormat('名单.XLSX')).toBe('xlsx');
    expect(agencyImportFormat('名单.csv')).toBe('csv');
    expect(agencyImportFormat('名单.xls')).toBeNull();
    expect(agencyImportProblem(new File(['x'], '名单.xls'))).toBe('只支持 .xlsx 或 .csv 文件');
    expect(agencyImportProblem(new File([], '名单.xlsx'))).toBe('文件为空');
    expect(agencyImportProblem(new File(['名称'], '名单.csv'))).toBeNull();
  });

  it('says each part of the listing rule an agency fails: status, certificate, score', () => {
    // Prepare
    const agency = {
      id: 'A1',
      name: '常州安泰安全评价有限公司',
      status: 'suspended' as const,
      certificateExpiry: '2026-11-30',
      score: 79.5,
      year: 2026,
      listed: false,
    };

    // Assess
    expect(unlistedReasons(agency, '2026-12-01', translate)).toEqual([
      '机构状态为「暂停」',
      '资质证书已于 2026-11-30 过期',
      '本年度得分低于 80 分',
    ]);
    expect(
      unlistedReasons(
        { ...agency, status: 'registered', certificateExpiry: '2026-12-01', score: 80 },
        '2026-12-01',
        translate,
      ),
    ).toEqual([]);
  });
});

describe('who writes notices, which evidence files go up', () => {
  it('lets managers write notices and nobody else; takes images and PDF as evidence', () => {
    expect(
      (['cityAdmin', 'districtAdmin', 'agencyUser', 'townOfficer'] as const).map(canWriteNotices),
    ).toEqual([true, true, false, false]);
    expect(['image/jpeg', 'application/pdf', 'image/gif', 'text/plain'].map(isEvidenceType)).toEqual([
      true,
      true,
      false,
      false,
    ]);
    const problem = new EvidenceProblem('app.agencyDeduction.evidence.rejected', { message: '不是 PDF' });
    expect([problem.key, problem.args, problem.message]).toEqual([
      'app.agencyDeduction.evidence.rejected',
      { message: '不是 PDF' },
      'app.agencyDeduction.evidence.rejected',
    ]);
  });
});

describe('the agency list export', () => {
  let browser: ReturnType<typeof stubBrowserDownloads>;
  beforeEach(() => {
    browser = stubBrowserDownloads();
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  it('writes the rows with Chinese headers, labels and district names', async () => {
    // Prepare
    const record: RaRecord = {
      id: 'A1',
      name: '常州安泰安全评价有限公司',
      creditCode: '91320400MA1X2Y3Z4K',
      type: 'testing',
      districtId: 'wujin',
      workDistrictIds: ['wujin', 'xinbei'],
      certificateNo: 'APJ-1',
      certificateExpiry: '2031-06-30',
      contactName: '王工',
      contactPhone: '139****5678',
      status: 'suspended',
      score: 75,
      listed: false,
    };

    // Act
    await agencyExporter(
      [record],
      (async () => ({})) as unknown as FetchRelatedRecords,
      {} as DataProvider,
      'agencies',
    );
    const [download] = await browser.downloads();
    const rows = readXlsx(download?.bytes ?? new Uint8Array()).map((row) => row.cells);

    // Assess
    expect(rows[0]).toEqual([
      '机构名称',
      '统一社会信用代码',
      '机构类型',
      '注册辖市（区）',
      '从业区域',
      '资质证书编号',
      '证书有效期至',
      '联系人',
      '联系电话（脱敏）',
      '状态',
      '本年度得分',
      '是否公告',
    ]);
    expect(rows[1]).toEqual([
      '常州安泰安全评价有限公司',
      '91320400MA1X2Y3Z4K',
      '检测检验',
      '武进区',
      '武进区、新北区',
      'APJ-1',
      '2031-06-30',
      '王工',
      '139****5678',
      '暂停',
      75,
      '否',
    ]);
  });
});
