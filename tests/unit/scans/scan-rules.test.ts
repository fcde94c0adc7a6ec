import { describe, expect, it } from 'vitest';
import {
  answerErrors,
  type ChecklistEntry,
  failedItemsDescription,
  isLate,
  photoReason,
  reportsHazard,
} from '#functions/scans/domain/scan';

const checklist: ChecklistEntry[] = [
  { itemId: 'i1', text: '除尘器泄爆口朝向安全区域', photoRequired: false },
  { itemId: 'i2', text: '粉尘清扫记录完整', photoRequired: true },
];

describe('the scan rules', () => {
  it('accepts a checklist answered once per item', () => {
    // Act
    const errors = answerErrors(checklist, [
      { itemId: 'i1', answer: 'pass' },
      { itemId: 'i2', answer: 'na' },
    ]);

    // Assess
    expect(errors).toEqual([]);
  });

  it('names the unknown item and the missing ones in Chinese', () => {
    // Act
    const errors = answerErrors(checklist, [{ itemId: 'other', answer: 'pass' }]);

    // Assess
    expect(errors).toEqual([
      {
        path: 'body.answers.0.itemId',
        message: '该检查项不在此风险点的检查清单中，请刷新后重试',
        code: 'unknown_item',
      },
      {
        path: 'body.answers',
        message: '请回答检查清单的全部项目，还缺 2 项：除尘器泄爆口朝向安全区域；粉尘清扫记录完整',
        code: 'missing_answers',
      },
    ]);
  });

  it('reports a hazard on a 不符合 answer or the result 发现隐患, not otherwise', () => {
    // Assess
    expect(reportsHazard([{ itemId: 'i1', answer: 'fail' }], 'normal')).toBe(true);
    expect(reportsHazard([{ itemId: 'i1', answer: 'pass' }], 'hazard')).toBe(true);
    expect(
      reportsHazard(
        [
          { itemId: 'i1', answer: 'pass' },
          { itemId: 'i2', answer: 'na' },
        ],
        'normal',
      ),
    ).toBe(false);
  });

  it('asks for a photo for a hazard and for an answered photo-required item, not for one answered 不涉及', () => {
    // Assess
    expect(photoReason(checklist, [{ itemId: 'i1', answer: 'pass' }], true)).toBe(
      '发现隐患时请拍摄至少 1 张现场照片',
    );
    expect(photoReason(checklist, [{ itemId: 'i2', answer: 'pass' }], false)).toBe(
      '检查项“粉尘清扫记录完整”要求拍照，请拍摄至少 1 张现场照片',
    );
    expect(
      photoReason(
        checklist,
        [
          { itemId: 'i1', answer: 'pass' },
          { itemId: 'i2', answer: 'na' },
        ],
        false,
      ),
    ).toBeUndefined();
  });

  it('describes a hazard by the items answered 不符合', () => {
    // Act
    const text = failedItemsDescription(checklist, [
      { itemId: 'i1', answer: 'fail' },
      { itemId: 'i2', answer: 'fail' },
    ]);

    // Assess
    expect(text).toBe('扫码自查不符合：除尘器泄爆口朝向安全区域；粉尘清扫记录完整');
  });

  it('counts a scan as late only after the due instant', () => {
    // Assess
    expect(isLate(new Date('2026-12-02T00:00:00.001Z'), '2026-12-02T00:00:00.000Z')).toBe(true);
    expect(isLate(new Date('2026-12-02T00:00:00.000Z'), '2026-12-02T00:00:00.000Z')).toBe(false);
  });
});
