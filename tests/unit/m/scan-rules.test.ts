import { describe, expect, it } from 'vitest';
import type { HazardRow, RiskPointRow } from '../../../admin/src/m/api/types';
import { hazardsInOrder, riskPointsInOrder } from '../../../admin/src/m/order';
import { checkScan } from '../../../admin/src/m/scan/scanRules';

const checklist = [
  { itemId: 'c1', text: '泄爆片完好', photoRequired: true },
  { itemId: 'c2', text: '卸灰阀正常', photoRequired: false },
];

describe('what the scan form lets through', () => {
  it('asks for every answer and a result first', () => {
    // Act
    const check = checkScan(checklist, {
      answers: { c2: 'pass' },
      result: null,
      description: '',
      photoCount: 0,
    });

    // Assess
    expect(check.missing).toEqual(['还有 1 项检查未回答', '请选择检查结果：正常或发现隐患']);
  });

  it('makes 不符合 a hazard that needs a description and a photo', () => {
    // Act
    const check = checkScan(checklist, {
      answers: { c1: 'na', c2: 'fail' },
      result: 'normal',
      description: ' ',
      photoCount: 0,
    });

    // Assess
    expect(check).toEqual({
      result: 'hazard',
      photoRequired: true,
      missing: ['请描述发现的隐患', '请拍摄至少 1 张照片'],
    });
  });

  it('needs a photo for an answered item that asks for one, not for one answered 不涉及', () => {
    // Act
    const answered = checkScan(checklist, {
      answers: { c1: 'pass', c2: 'pass' },
      result: 'normal',
      description: '',
      photoCount: 0,
    });
    const skipped = checkScan(checklist, {
      answers: { c1: 'na', c2: 'pass' },
      result: 'normal',
      description: '',
      photoCount: 0,
    });

    // Assess
    expect(answered.missing).toEqual(['请拍摄至少 1 张照片']);
    expect(skipped).toEqual({ result: 'normal', photoRequired: false, missing: [] });
  });
});

describe('the order of the phone lists', () => {
  const point = (id: string, nextDueAt: string, status: RiskPointRow['status'] = 'active'): RiskPointRow => ({
    id,
    name: id,
    location: '车间',
    level: 'yellow',
    nextDueAt,
    overdue: false,
    status,
    token: `${id}-token`,
  });
  const hazard = (
    id: string,
    status: HazardRow['status'],
    deadline: string,
    level: HazardRow['level'] = 'general',
  ): HazardRow => ({
    id,
    enterpriseId: 'ent-1',
    description: id,
    level,
    status,
    deadline,
    createdAt: '2026-11-01T00:00:00.000Z',
  });

  it('puts the most overdue risk point first and hides retired ones', () => {
    // Act
    const ordered = riskPointsInOrder([
      point('later', '2026-12-30T16:00:00.000Z'),
      point('retired', '2026-01-01T16:00:00.000Z', 'retired'),
      point('most-overdue', '2026-11-01T16:00:00.000Z'),
      point('overdue', '2026-11-20T16:00:00.000Z'),
    ]);

    // Assess
    expect(ordered.map((each) => each.id)).toEqual(['most-overdue', 'overdue', 'later']);
  });

  it('puts hazards to rectify first, nearest deadline and major first, then awaiting review, then closed', () => {
    // Act
    const ordered = hazardsInOrder([
      hazard('closed', 'CLOSED', '2026-11-01T15:59:59.999Z'),
      hazard('review', 'RECTIFIED', '2026-11-01T15:59:59.999Z'),
      hazard('open-later', 'OPEN', '2026-12-20T15:59:59.999Z'),
      hazard('open-general', 'OPEN', '2026-12-05T15:59:59.999Z'),
      hazard('open-major', 'OPEN', '2026-12-05T15:59:59.999Z', 'major'),
    ]);

    // Assess
    expect(ordered.map((each) => each.id)).toEqual([
      'open-major',
      'open-general',
      'open-later',
      'review',
      'closed',
    ]);
  });
});
