import { describe, expect, it } from 'vitest';
import { cellText } from '#functions/enterprises/domain/columns';
import {
  creditCodeCheckChar,
  creditCodeMessages,
  withCheckChar,
} from '#functions/enterprises/domain/credit-code';
import { readHeader, rowCells } from '#functions/enterprises/domain/header';

const REQUIRED = [
  '统一社会信用代码',
  '企业名称',
  '辖市（区）',
  '镇（街道）',
  '行业',
  '主要负责人',
  '主要负责人电话',
];

describe('the header row of an import file, as people type it', () => {
  it('finds a column whose header has blanks or a leading * (required mark) in it', () => {
    // Act
    const header = readHeader([' 统一社会 信用代码 ', '*企业名称', ...REQUIRED.slice(2)]);

    // Assess
    expect(header).toMatchObject({ positions: { creditCode: 0, name: 1 } });
  });

  it('reads a column named twice from its first occurrence', () => {
    // Act
    const header = readHeader([...REQUIRED, '企业名称']);

    // Assess
    expect(header).toMatchObject({ positions: { name: 1 } });
  });
});

describe('the cells of an import row', () => {
  it('are trimmed text, numbers as typed and ticked boxes as 是/否', () => {
    // Prepare
    const header = readHeader([...REQUIRED, '涉爆粉尘', '非煤矿山']);
    const positions = 'positions' in header ? header.positions : {};

    // Act
    const cells = rowCells(['  恒泰钢铁 ', '', '武进区', '', '', '', 13812341234, true, false], positions);

    // Assess
    expect(cells).toMatchObject({
      creditCode: '恒泰钢铁',
      principalPhone: '13812341234',
      dust: '是',
      nonCoalMine: '否',
    });
    expect([cellText(null), cellText(undefined), cellText(true), cellText(false), cellText(' 1 ')]).toEqual([
      '',
      '',
      '是',
      '否',
      '1',
    ]);
  });

  it('keep a quote that does not start the cell: only the export’s leading one is undone', () => {
    // Prepare
    const header = readHeader([...REQUIRED, '地址']);
    const positions = 'positions' in header ? header.positions : {};

    // Act
    const cells = rowCells(["'=SUM(A1)", '', '', '', '', '', '', "长虹路'-1号"], positions);

    // Assess
    expect(cells).toMatchObject({ creditCode: '=SUM(A1)', address: "长虹路'-1号" });
  });
});

describe('a credit code', () => {
  it('needs all 17 characters before its check character, and completing a bad prefix says which', () => {
    // Assess
    expect(creditCodeCheckChar('91350100M000100Y')).toBeNull(); // 16 characters
    expect(() => withCheckChar('91350100M000100YO')).toThrow('not a credit code prefix: 91350100M000100YO');
  });

  it('has a Chinese message for each way a code can be wrong, each its own', () => {
    // Prepare
    const messages = [creditCodeMessages.length, creditCodeMessages.characters, creditCodeMessages.check];

    // Assess
    expect(messages.every((message) => message.startsWith('统一社会信用代码'))).toBe(true);
    expect(new Set(messages).size).toBe(3);
    expect(messages.every((message) => message.length > '统一社会信用代码'.length + 3)).toBe(true);
  });
});
