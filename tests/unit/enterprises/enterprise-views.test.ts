import { describe, expect, it } from 'vitest';
import { withCheckChar } from '#functions/enterprises/domain/credit-code';
import { enterpriseRow, enterpriseSheet } from '#functions/enterprises/domain/sheet';
import { maskEnterprise, namedEnterprise, showsFullPhones } from '#functions/enterprises/domain/view';
import type { Enterprise } from '#functions/enterprises/schemas/enterprises';
import { orgDirectory } from '#functions/org/domain/directory';

const CODE = withCheckChar('91320412MA1XYW123');
const directory = orgDirectory(
  [{ id: 'T-HUTANG', districtId: 'wujin', name: '湖塘镇' }],
  [{ id: 'G-HT1', townId: 'T-HUTANG', name: '湖塘一网格' }],
);

function makeEnterprise(overrides: Partial<Enterprise> = {}): Enterprise {
  return {
    id: 'E1',
    creditCode: CODE,
    name: '常州恒泰钢铁有限公司',
    districtId: 'wujin',
    townId: 'T-HUTANG',
    gridId: 'G-HT1',
    industry: '冶金',
    status: '正常生产',
    flags: ['dust', 'listingReserve'],
    address: '湖塘镇长虹路 88 号',
    principal: { name: '王伟', phone: '13812341234' },
    safetyContact: { name: '李娜', phone: '13956785678' },
    createdAt: '2026-11-30T01:00:00.000Z',
    updatedAt: '2026-11-30T01:00:00.000Z',
    ...overrides,
  };
}

describe('an enterprise as lists show it', () => {
  it('masks the principal’s and the safety contact’s phones (138****1234) and keeps everything else', () => {
    // Act
    const masked = maskEnterprise(makeEnterprise());

    // Assess
    expect(masked).toEqual(
      makeEnterprise({
        principal: { name: '王伟', phone: '138****1234' },
        safetyContact: { name: '李娜', phone: '139****5678' },
      }),
    );
  });

  it('adds no safety contact to an enterprise that has none', () => {
    // Prepare
    const { safetyContact: _none, ...withoutContact } = makeEnterprise();

    // Act
    const masked = maskEnterprise(withoutContact);

    // Assess
    expect(Object.keys(masked)).not.toContain('safetyContact');
  });

  it('shows full phones only to the roles that manage enterprises', () => {
    // Assess
    expect(
      ['cityAdmin', 'districtAdmin', 'townOfficer', 'gridMember', 'enterpriseUser'].map(showsFullPhones),
    ).toEqual([true, true, false, false, false]);
  });
});

describe('an enterprise as the API answers it', () => {
  it('carries the names of its district, town and grid', () => {
    // Act
    const view = namedEnterprise(makeEnterprise(), directory);

    // Assess
    expect(view).toEqual({
      ...makeEnterprise(),
      districtName: '武进区',
      townName: '湖塘镇',
      gridName: '湖塘一网格',
    });
  });

  it('has no grid name outside the grid, and shows the ids of a town or grid the directory lacks', () => {
    // Act
    const outside = namedEnterprise(makeEnterprise({ gridId: null }), directory);
    const unknown = namedEnterprise(makeEnterprise({ townId: 'T-GONE', gridId: 'G-GONE' }), directory);

    // Assess
    expect(outside).toMatchObject({ townName: '湖塘镇', gridName: null });
    expect(unknown).toMatchObject({ districtName: '武进区', townName: 'T-GONE', gridName: 'G-GONE' });
  });
});

describe('an enterprise as an exported row', () => {
  it('lists the import’s columns in order, with names for ids and 是/否 for the flags', () => {
    // Act
    const row = enterpriseRow(makeEnterprise(), directory);

    // Assess: 统一社会信用代码 … 安全联系人电话, as the import template's header.
    expect(row).toEqual([
      CODE,
      '常州恒泰钢铁有限公司',
      '武进区',
      '湖塘镇',
      '湖塘一网格',
      '冶金',
      '正常生产',
      '是',
      '否',
      '是',
      '湖塘镇长虹路 88 号',
      '王伟',
      '13812341234',
      '李娜',
      '13956785678',
    ]);
  });

  it('writes 网格外 outside the grid, ids the directory lacks, and empty cells for what is not filled in', () => {
    // Prepare
    const {
      safetyContact: _none,
      address: _noAddress,
      ...bare
    } = makeEnterprise({
      townId: 'T-GONE',
      gridId: null,
      flags: [],
      principal: { name: '王伟' },
    });

    // Act
    const row = enterpriseRow(bare, directory);

    // Assess
    expect(row).toEqual([
      CODE,
      '常州恒泰钢铁有限公司',
      '武进区',
      'T-GONE',
      '网格外',
      '冶金',
      '正常生产',
      '否',
      '否',
      '否',
      '',
      '王伟',
      '',
      '',
      '',
    ]);
  });

  it('writes 是 in each flag column of a flag the enterprise has, and only there', () => {
    // Act
    const row = enterpriseRow(makeEnterprise({ flags: ['nonCoalMine'] }), directory);

    // Assess: 涉爆粉尘, 非煤矿山, 重点上市后备
    expect(row.slice(7, 10)).toEqual(['否', '是', '否']);
  });

  it('goes into a sheet named like the import template’s, one width per column', () => {
    // Assess
    expect(enterpriseSheet.name).toBe('企业名录');
    expect(enterpriseSheet.columnWidths).toHaveLength(15);
    expect(enterpriseSheet.columnWidths?.every((width) => width > 0)).toBe(true);
  });

  it('shows the id of a grid the directory lacks', () => {
    // Act
    const row = enterpriseRow(makeEnterprise({ gridId: 'G-GONE' }), directory);

    // Assess
    expect(row[4]).toBe('G-GONE');
  });
});
