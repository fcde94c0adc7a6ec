import { describe, expect, it } from 'vitest';
import { withCheckChar } from '#functions/enterprises/domain/credit-code';
import {
  matchesEnterpriseFilter,
  matchesNameSearch,
  type ScopedEnterpriseFilter,
  searchedCreditCode,
} from '#functions/enterprises/domain/filter';
import { enterpriseFilterSummary } from '#functions/enterprises/domain/filter-summary';
import type { Enterprise } from '#functions/enterprises/schemas/enterprises';

const CODE = withCheckChar('91320412MA1XYW123');

function makeEnterprise(overrides: Partial<Enterprise> = {}): Enterprise {
  return {
    id: 'E1',
    creditCode: CODE,
    name: '常州 Hengtai 恒泰钢铁有限公司',
    districtId: 'wujin',
    townId: 'T-HUTANG',
    gridId: 'G-HT1',
    industry: '冶金',
    status: '正常生产',
    flags: ['dust'],
    principal: { name: '王伟', phone: '13812341234' },
    createdAt: '2026-11-30T01:00:00.000Z',
    updatedAt: '2026-11-30T01:00:00.000Z',
    ...overrides,
  };
}

describe('the name search of the enterprise list', () => {
  it('finds a name that contains the search, blanks and letter case aside', () => {
    // Assess
    expect(matchesNameSearch(makeEnterprise(), '恒泰')).toBe(true);
    expect(matchesNameSearch(makeEnterprise(), '恒 泰钢铁')).toBe(true);
    expect(matchesNameSearch(makeEnterprise(), 'HENGTAI恒泰')).toBe(true);
    expect(matchesNameSearch(makeEnterprise(), '恒达')).toBe(false);
  });

  it('finds the enterprise by its whole credit code, pasted with blanks or in lower case, not by a part of it', () => {
    // Prepare
    const pasted = ` ${CODE.slice(0, 6)} ${CODE.slice(6).toLowerCase()} `;

    // Assess
    expect(searchedCreditCode(pasted)).toBe(CODE);
    expect(matchesNameSearch(makeEnterprise(), pasted)).toBe(true);
    expect(searchedCreditCode(CODE.slice(0, 17))).toBeNull();
    expect(matchesNameSearch(makeEnterprise(), CODE.slice(0, 17))).toBe(false);
    expect(searchedCreditCode(`${CODE.slice(0, 17)}0`)).toBeNull(); // wrong check character
  });

  it('does not take a valid code that is another enterprise’s', () => {
    // Assess
    expect(matchesNameSearch(makeEnterprise(), withCheckChar('91320412MA1XYW124'))).toBe(false);
  });
});

describe('the enterprise list filter in memory', () => {
  it('lets an enterprise through an empty filter and one it meets on every field', () => {
    // Prepare
    const filter: ScopedEnterpriseFilter = {
      districtId: 'wujin',
      townId: 'T-HUTANG',
      gridId: 'G-HT1',
      industry: '冶金',
      status: '正常生产',
      flag: 'dust',
      q: '恒泰',
    };

    // Assess
    expect(matchesEnterpriseFilter(makeEnterprise(), {})).toBe(true);
    expect(matchesEnterpriseFilter(makeEnterprise(), filter)).toBe(true);
  });

  it.each<[string, ScopedEnterpriseFilter]>([
    ['another district', { districtId: 'liyang' }],
    ['another town', { townId: 'T-OTHER' }],
    ['another grid', { gridId: 'G-OTHER' }],
    ['outside the grid (网格外)', { gridId: 'none' }],
    ['another industry', { industry: '机械' }],
    ['another status', { status: '停产' }],
    ['a flag it lacks', { flag: 'nonCoalMine' }],
    ['a name it does not contain', { q: '恒达' }],
  ])('holds back an enterprise of %s', (_name, filter) => {
    // Assess
    expect(matchesEnterpriseFilter(makeEnterprise(), filter)).toBe(false);
  });

  it('lets an enterprise outside the grid through the 网格外 filter only', () => {
    // Prepare
    const outside = makeEnterprise({ gridId: null });

    // Assess
    expect(matchesEnterpriseFilter(outside, { gridId: 'none' })).toBe(true);
    expect(matchesEnterpriseFilter(outside, { gridId: 'G-HT1' })).toBe(false);
  });
});

describe('an enterprise filter in the audit log', () => {
  it('reads as the console labels it, with names for ids', () => {
    // Prepare
    const filter = {
      districtId: 'wujin',
      townId: 'T-HUTANG',
      gridId: 'none',
      industry: '机械',
      status: '停产',
      flag: 'dust',
      q: '恒达',
    } as const;

    // Act
    const summary = enterpriseFilterSummary(filter, { town: '湖塘镇' });

    // Assess: the example of the function's comment.
    expect(summary).toBe(
      '筛选：辖市（区） 武进区，镇（街道） 湖塘镇，网格 网格外，行业 机械，状态 停产，标记 涉爆粉尘，名称或信用代码包含“恒达”',
    );
  });

  it('names a grid, shows the ids of places it has no names for, and says 全部 without a filter', () => {
    // Assess
    expect(enterpriseFilterSummary({ gridId: 'G-HT1' }, { grid: '湖塘一网格' })).toBe(
      '筛选：网格 湖塘一网格',
    );
    expect(enterpriseFilterSummary({ townId: 'T-HUTANG', gridId: 'G-HT1' })).toBe(
      '筛选：镇（街道） T-HUTANG，网格 G-HT1',
    );
    expect(enterpriseFilterSummary({ flag: 'listingReserve' })).toBe('筛选：标记 重点上市后备');
    expect(enterpriseFilterSummary({})).toBe('全部');
  });
});
