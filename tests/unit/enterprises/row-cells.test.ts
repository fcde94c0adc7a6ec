import { describe, expect, it } from 'vitest';
import type { EnterpriseCells } from '#functions/enterprises/domain/columns';
import { withCheckChar } from '#functions/enterprises/domain/credit-code';
import { enterpriseFromRow } from '#functions/enterprises/domain/row';
import { orgDirectory } from '#functions/org/domain/directory';

const directory = orgDirectory(
  [{ id: 'T-HUTANG', districtId: 'wujin', name: '湖塘镇' }],
  [{ id: 'G-HT1', townId: 'T-HUTANG', name: '湖塘一网格' }],
);
const CODE = withCheckChar('91320412MA1XYW123');

function makeCells(overrides: EnterpriseCells = {}): EnterpriseCells {
  return {
    creditCode: CODE,
    name: '常州恒泰钢铁有限公司',
    district: '武进区',
    town: '湖塘镇',
    grid: '',
    industry: '冶金',
    status: '',
    dust: '',
    nonCoalMine: '',
    listingReserve: '',
    address: '',
    principalName: '王伟',
    principalPhone: '13812341234',
    safetyContactName: '',
    safetyContactPhone: '',
    ...overrides,
  };
}

describe('the place cells of an import row', () => {
  it('ask in Chinese for an empty 辖市（区） or 镇（街道）', () => {
    // Act
    const noDistrict = enterpriseFromRow(2, makeCells({ district: '' }), directory);
    const noTown = enterpriseFromRow(3, makeCells({ town: '' }), directory);

    // Assess
    expect(noDistrict).toEqual({ errors: [{ row: 2, column: '辖市（区）', reason: '请填写辖市（区）' }] });
    expect(noTown).toEqual({ errors: [{ row: 3, column: '镇（街道）', reason: '请填写镇（街道）' }] });
  });

  it('report an unknown district alone when the grid is left empty', () => {
    // Act
    const outcome = enterpriseFromRow(4, makeCells({ district: '苏州市', grid: '' }), directory);

    // Assess
    expect(outcome).toEqual({
      errors: [{ row: 4, column: '辖市（区）', reason: '没有名为“苏州市”的辖市（区）' }],
    });
  });
});

describe('the contact cells of an import row', () => {
  it('keep a safety contact whose name and phone are both filled in', () => {
    // Act
    const outcome = enterpriseFromRow(
      2,
      makeCells({ safetyContactName: '李娜', safetyContactPhone: '13912345678' }),
      directory,
    );

    // Assess
    expect(outcome).toMatchObject({ input: { safetyContact: { name: '李娜', phone: '13912345678' } } });
  });

  it('put a missing name on the name column, not on the phone column', () => {
    // Act
    const principal = enterpriseFromRow(2, makeCells({ principalName: '' }), directory);
    const safety = enterpriseFromRow(3, makeCells({ safetyContactPhone: '13912345678' }), directory);

    // Assess
    expect(principal).toMatchObject({ errors: [{ row: 2, column: '主要负责人' }] });
    expect(safety).toMatchObject({ errors: [{ row: 3, column: '安全联系人' }] });
    expect([principal, safety].flatMap((o) => ('errors' in o ? o.errors : []))).toHaveLength(2);
  });
});

describe('the 是/否 cells of an import row', () => {
  it.each(['是', '√', '✓', 'Y', 'y', 'YES', 'yes', '1', 'true', 'TRUE'])('read %s as yes', (text) => {
    // Act
    const outcome = enterpriseFromRow(2, makeCells({ dust: text, nonCoalMine: text }), directory);

    // Assess
    expect(outcome).toMatchObject({ input: { flags: ['dust', 'nonCoalMine'] } });
  });

  it.each(['', '否', '×', 'N', 'n', 'NO', 'no', '0', 'false', 'FALSE'])('read “%s” as no', (text) => {
    // Act
    const outcome = enterpriseFromRow(2, makeCells({ dust: text, listingReserve: text }), directory);

    // Assess
    expect(outcome).toMatchObject({ input: { flags: [] } });
  });
});
