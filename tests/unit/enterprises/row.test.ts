import { describe, expect, it } from 'vitest';
import type { EnterpriseCells } from '#functions/enterprises/domain/columns';
import { withCheckChar } from '#functions/enterprises/domain/credit-code';
import { readHeader, rowCells } from '#functions/enterprises/domain/header';
import { enterpriseFromRow } from '#functions/enterprises/domain/row';
import { orgDirectory } from '#functions/org/domain/directory';

const directory = orgDirectory(
  [
    { id: 'T-HUTANG', districtId: 'wujin', name: '湖塘镇' },
    { id: 'T-TIANMU', districtId: 'liyang', name: '天目湖镇' },
  ],
  [{ id: 'G-HT1', townId: 'T-HUTANG', name: '湖塘一网格' }],
);
const CODE = withCheckChar('91320412MA1XYW123');

function makeCells(overrides: EnterpriseCells = {}): EnterpriseCells {
  return {
    creditCode: CODE,
    name: '常州恒泰钢铁有限公司',
    district: '武进区',
    town: '湖塘镇',
    grid: '湖塘一网格',
    industry: '冶金',
    status: '正常生产',
    dust: '是',
    nonCoalMine: '否',
    listingReserve: '',
    address: '湖塘镇长虹路 88 号',
    principalName: '王伟',
    principalPhone: '13812341234',
    safetyContactName: '',
    safetyContactPhone: '',
    ...overrides,
  };
}

describe('an enterprise row of an import file', () => {
  it('becomes the create route’s body, with names resolved to ids', () => {
    // Act
    const outcome = enterpriseFromRow(2, makeCells(), directory);

    // Assess
    expect(outcome).toEqual({
      input: {
        creditCode: CODE,
        name: '常州恒泰钢铁有限公司',
        districtId: 'wujin',
        townId: 'T-HUTANG',
        gridId: 'G-HT1',
        industry: '冶金',
        status: '正常生产',
        flags: ['dust'],
        address: '湖塘镇长虹路 88 号',
        principal: { name: '王伟', phone: '13812341234' },
      },
    });
  });

  it('reads an empty grid or 网格外 as outside the grid and an empty status as 正常生产', () => {
    // Act
    const empty = enterpriseFromRow(2, makeCells({ grid: '', status: '' }), directory);
    const outside = enterpriseFromRow(3, makeCells({ grid: '网格外' }), directory);

    // Assess
    expect(empty).toMatchObject({ input: { gridId: null, status: '正常生产' } });
    expect(outside).toMatchObject({ input: { gridId: null } });
  });

  it('reports each bad cell with its row, column header and a Chinese reason', () => {
    // Act
    const outcome = enterpriseFromRow(
      7,
      makeCells({
        creditCode: `${CODE.slice(0, 17)}0`,
        principalPhone: '1381234',
        dust: '可能',
        industry: '化工',
      }),
      directory,
    );

    // Assess
    expect(outcome).toEqual({
      errors: expect.arrayContaining([
        { row: 7, column: '统一社会信用代码', reason: '统一社会信用代码校验位不正确，请核对' },
        { row: 7, column: '主要负责人电话', reason: '请输入 11 位手机号码' },
        { row: 7, column: '涉爆粉尘', reason: '请填写“是”或“否”' },
        { row: 7, column: '行业', reason: expect.stringContaining('行业须为') },
      ]),
    });
    expect((outcome as { errors: unknown[] }).errors).toHaveLength(4);
  });

  it('reports an unknown district once, without follow-up errors on the town', () => {
    // Act
    const outcome = enterpriseFromRow(4, makeCells({ district: '苏州市' }), directory);

    // Assess
    expect(outcome).toEqual({
      errors: [{ row: 4, column: '辖市（区）', reason: '没有名为“苏州市”的辖市（区）' }],
    });
  });

  it('reports a town of another district and a grid of another town', () => {
    // Act
    const wrongTown = enterpriseFromRow(5, makeCells({ town: '天目湖镇' }), directory);
    const wrongGrid = enterpriseFromRow(6, makeCells({ grid: '天目湖一网格' }), directory);

    // Assess
    expect(wrongTown).toEqual({
      errors: [{ row: 5, column: '镇（街道）', reason: '武进区没有名为“天目湖镇”的镇（街道）' }],
    });
    expect(wrongGrid).toEqual({
      errors: [{ row: 6, column: '网格', reason: '湖塘镇没有名为“天目湖一网格”的网格' }],
    });
  });

  it('asks for the safety contact’s phone when only the name is filled in', () => {
    // Act
    const outcome = enterpriseFromRow(8, makeCells({ safetyContactName: '李娜' }), directory);

    // Assess
    expect(outcome).toEqual({
      errors: [{ row: 8, column: '安全联系人电话', reason: '请输入 11 位手机号码' }],
    });
  });
});

describe('the header row of an import file', () => {
  it('finds columns in any order, with half-width brackets and extra columns', () => {
    // Act
    const header = readHeader([
      '备注',
      '企业名称',
      '统一社会信用代码',
      '辖市(区)',
      '镇（街道）',
      '行业',
      '主要负责人',
      ' 主要负责人电话 ',
    ]);

    // Assess
    expect(header).toEqual({
      positions: {
        name: 1,
        creditCode: 2,
        district: 3,
        town: 4,
        industry: 5,
        principalName: 6,
        principalPhone: 7,
      },
    });
    if ('positions' in header)
      expect(rowCells(['x', '恒泰', CODE], header.positions)).toMatchObject({
        name: '恒泰',
        creditCode: CODE,
        town: '',
      });
  });

  it('names the required columns that are missing', () => {
    expect(readHeader(['企业名称', '行业'])).toEqual({
      missing: ['统一社会信用代码', '辖市（区）', '镇（街道）', '主要负责人', '主要负责人电话'],
    });
  });
});
