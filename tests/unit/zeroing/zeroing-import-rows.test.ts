import { describe, expect, it } from 'vitest';
import { withCheckChar } from '#functions/enterprises/domain/credit-code';
import type { SheetRow } from '#functions/platform/files/xlsx-cells';
import { parseImportRows } from '#functions/zeroing/domain/import-rows';

const code = withCheckChar('91320412MA1XYW0A1');
const sheet = (...rows: (string | null)[][]): SheetRow[] =>
  rows.map((cells, index) => ({ number: index + 1, cells }));

describe('the zeroing list import rows', () => {
  it('reads the rows under the template header in any column order, skipping blank rows', () => {
    // Act
    const { rows, errors } = parseImportRows(
      sheet(
        ['隐患等级', '统一社会信用代码', '隐患描述'],
        ['重大隐患', code, ' 除尘系统未设泄爆装置 '],
        [null, null, null],
        ['一般', code, '灭火器过期'],
      ),
    );

    // Assess
    expect(errors).toEqual([]);
    expect(rows).toEqual([
      { number: 2, creditCode: code, description: '除尘系统未设泄爆装置', level: 'major' },
      { number: 4, creditCode: code, description: '灭火器过期', level: 'general' },
    ]);
  });

  it('names each bad row by its number and reason', () => {
    // Act
    const { rows, errors } = parseImportRows(
      sheet(
        ['统一社会信用代码', '隐患描述', '隐患等级'],
        [`${code.slice(0, 17)}0`, '描述', '重大隐患'],
        [code, '', '重大隐患'],
        [code, '描述', '较大'],
        [code, 'x'.repeat(501), '一般隐患'],
      ),
    );

    // Assess
    expect(rows).toEqual([]);
    expect(errors.map((error) => error.message)).toEqual([
      expect.stringMatching(/^第 2 行：统一社会信用代码校验位/),
      '第 3 行：请填写隐患描述',
      '第 4 行：隐患等级须为“重大隐患”或“一般隐患”',
      '第 5 行：隐患描述不能超过 500 个字',
    ]);
  });

  it('refuses a sheet without the template header, and one without any hazard row', () => {
    expect(parseImportRows(sheet(['企业', '隐患'], [code, '描述'])).errors[0]?.message).toMatch(/表头须包含/);
    expect(parseImportRows(sheet(['统一社会信用代码', '隐患描述', '隐患等级'])).errors[0]?.message).toBe(
      '第 2 行：文件中没有隐患行',
    );
    expect(parseImportRows([]).errors).toHaveLength(1);
  });
});
