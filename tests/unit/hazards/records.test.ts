import { describe, expect, it } from 'vitest';
import type { HazardItem } from '#functions/hazards/store/entities/hazard';
import { hazardAudit, placementOf, toHazard } from '#functions/hazards/store/records';

/** The stored hazard as the API and the audit log show it, against views written by hand. */
const NOW = new Date('2026-12-06T02:00:00.000Z');
const bare = {
  hazardId: 'h1',
  enterpriseId: 'e1',
  districtId: 'wujin',
  townId: 'T1',
  source: 'supervisor',
  level: 'general',
  description: '消防通道堵塞',
  status: 'OPEN',
  deadline: '2026-12-05T15:59:59.999Z',
  photoIds: ['p1'],
  history: [],
  createdBy: 'u1',
  createdByName: '王伟',
  createdAt: '2026-12-01T01:00:00.000Z',
  updatedAt: '2026-12-01T01:00:00.000Z',
  version: 1,
} as HazardItem;

const full = {
  ...bare,
  gridId: 'G1',
  source: 'scan',
  level: 'major',
  majorCategory: 'metallurgy',
  category: 'c03',
  findingRef: 'scan-9',
  rectificationPlan: '三日内清理',
  riskPointId: 'rp1',
  riskPointName: '熔炼炉',
  scanId: 's9',
  status: 'RECTIFIED',
  rectification: { at: '2026-12-04T03:00:00.000Z', note: '已清理', photoIds: ['p2'] },
  rejectReason: '照片不清',
  closedAt: '2026-12-05T03:00:00.000Z',
  history: [{ at: '2026-12-04T03:00:00.000Z', action: 'rectify', note: '通道已清理完毕，货物移至仓库' }],
  version: 3,
} as HazardItem;

describe('a hazard as the API shows it', () => {
  it('gives a bare hazard its fields, a null grid and past-deadline only while OPEN and late', () => {
    expect(toHazard(bare, NOW)).toEqual({
      id: 'h1',
      enterpriseId: 'e1',
      districtId: 'wujin',
      townId: 'T1',
      gridId: null,
      source: 'supervisor',
      level: 'general',
      description: '消防通道堵塞',
      status: 'OPEN',
      deadline: '2026-12-05T15:59:59.999Z',
      pastDeadline: true,
      photoIds: ['p1'],
      createdBy: 'u1',
      createdByName: '王伟',
      createdAt: '2026-12-01T01:00:00.000Z',
      updatedAt: '2026-12-01T01:00:00.000Z',
      version: 1,
    });
  });

  it('gives every optional field of a full hazard, the category with its label', () => {
    expect(toHazard(full, NOW)).toEqual({
      id: 'h1',
      enterpriseId: 'e1',
      districtId: 'wujin',
      townId: 'T1',
      gridId: 'G1',
      source: 'scan',
      level: 'major',
      majorCategory: 'metallurgy',
      majorCategoryLabel: '冶金企业（第四条）',
      category: 'c03',
      findingRef: 'scan-9',
      description: '消防通道堵塞',
      rectificationPlan: '三日内清理',
      riskPointId: 'rp1',
      riskPointName: '熔炼炉',
      scanId: 's9',
      status: 'RECTIFIED',
      deadline: '2026-12-05T15:59:59.999Z',
      pastDeadline: false,
      photoIds: ['p1'],
      rectification: { at: '2026-12-04T03:00:00.000Z', note: '已清理', photoIds: ['p2'] },
      rejectReason: '照片不清',
      closedAt: '2026-12-05T03:00:00.000Z',
      createdBy: 'u1',
      createdByName: '王伟',
      createdAt: '2026-12-01T01:00:00.000Z',
      updatedAt: '2026-12-01T01:00:00.000Z',
      version: 3,
    });
    expect(toHazard({ ...full, majorCategory: 'retired-code' }, NOW).majorCategoryLabel).toBe('retired-code');
  });

  it('places a hazard for the scope rule, a missing grid as null', () => {
    expect(placementOf(bare)).toEqual({
      districtId: 'wujin',
      townId: 'T1',
      gridId: null,
      enterpriseId: 'e1',
    });
    expect(placementOf(full)).toEqual({
      districtId: 'wujin',
      townId: 'T1',
      gridId: 'G1',
      enterpriseId: 'e1',
    });
  });
});

describe('the audit record of a hazard step', () => {
  it('records a creation with no before state and no note in the summary', () => {
    expect(hazardAudit('create', null, bare)).toEqual({
      action: 'create',
      entity: 'hazard',
      entityId: 'h1',
      districtId: 'wujin',
      before: null,
      after: { status: 'OPEN', level: 'general', deadline: '2026-12-05T15:59:59.999Z', version: 1 },
      summary: '登记隐患（一般隐患）：消防通道堵塞',
    });
  });

  it('records a step with both states and the last history note, cut to 60 characters', () => {
    const longNote = '整'.repeat(70);
    const after = { ...full, history: [...(full.history as object[]), { note: longNote }] } as HazardItem;
    const record = hazardAudit('rectify', bare, after);
    expect(record.before).toEqual({
      status: 'OPEN',
      level: 'general',
      deadline: '2026-12-05T15:59:59.999Z',
      version: 1,
    });
    expect(record.after).toEqual({
      status: 'RECTIFIED',
      level: 'major',
      deadline: '2026-12-05T15:59:59.999Z',
      rejectReason: '照片不清',
      closedAt: '2026-12-05T03:00:00.000Z',
      version: 3,
    });
    expect(record.summary).toBe(`提交整改（重大隐患）：消防通道堵塞；${'整'.repeat(60)}`);
    expect(hazardAudit('close', bare, full).summary).toBe(
      '验收闭环（重大隐患）：消防通道堵塞；通道已清理完毕，货物移至仓库',
    );
    expect(hazardAudit('reject', bare, { ...full, history: [] }).summary).toBe(
      '退回整改（重大隐患）：消防通道堵塞；',
    );
  });

  it('cuts a long description to 40 characters in the summary', () => {
    const long = { ...bare, description: '堵'.repeat(45) };
    expect(hazardAudit('create', null, long).summary).toBe(`登记隐患（一般隐患）：${'堵'.repeat(40)}`);
  });
});
