import { describe, expect, it } from 'vitest';
import { withCheckChar } from '#functions/enterprises/domain/credit-code';
import { readImportFile } from '#functions/enterprises/domain/import-file';
import { validateImportRows } from '#functions/enterprises/domain/import-rows';
import { orgDirectory } from '#functions/org/domain/directory';
import { writeXlsx } from '#functions/platform/files/xlsx-writer';
import { csvText, makeSheetRow, sheetCells } from '#tests/fixtures/enterprise-sheets';
import { xlsxBomb } from '#tests/fixtures/xlsx-bomb';

const directory = orgDirectory(
  [
    { id: 'T-HT', districtId: 'wujin', name: '湖塘镇' },
    { id: 'T-TM', districtId: 'liyang', name: '天目湖镇' },
  ],
  [{ id: 'G-HT1', townId: 'T-HT', name: '湖塘一网格' }],
);
const wujin = { district: '武进区', town: '湖塘镇', grid: '湖塘一网格' };
const liyang = { district: '溧阳市', town: '天目湖镇', grid: '' };
const rowsOf = (rows: Record<string, string>[]) =>
  sheetCells(rows).map((cells, index) => ({ number: index + 1, cells }));

describe('validating the rows of an import file', () => {
  it('takes the first non-blank row as the header, skips blank rows and keeps spreadsheet row numbers', () => {
    // Prepare
    const [header, first, second] = rowsOf([makeSheetRow(wujin), makeSheetRow(wujin)]);
    const sheet = [
      { number: 1, cells: [] },
      { ...header, number: 2 },
      { ...first, number: 3 },
      { number: 4, cells: ['', null] },
      { ...second, number: 5 },
    ];

    // Act
    const result = validateImportRows(sheet as never, directory);

    // Assess
    expect('entries' in result && result.entries.map((entry) => [entry.row, 'input' in entry])).toEqual([
      [3, true],
      [5, true],
    ]);
  });

  it('reports a credit code repeated within the file on the later row', () => {
    // Prepare
    const code = withCheckChar('91320412MA1XYW777');
    const sheet = rowsOf([
      makeSheetRow(wujin, { 统一社会信用代码: code }),
      makeSheetRow(wujin, { 统一社会信用代码: code }),
    ]);

    // Act
    const result = validateImportRows(sheet, directory);

    // Assess
    expect('entries' in result && result.entries[1]).toEqual({
      row: 3,
      errors: [{ row: 3, column: '统一社会信用代码', reason: '与第 2 行的统一社会信用代码重复' }],
    });
  });

  it('limits a district admin to its own district without looking up the other district’s towns', () => {
    // Act
    const result = validateImportRows(
      rowsOf([makeSheetRow(wujin), makeSheetRow(liyang)]),
      directory,
      'wujin',
    );

    // Assess
    expect('entries' in result && result.entries[1]).toEqual({
      row: 3,
      errors: [{ row: 3, column: '辖市（区）', reason: '只能导入本辖区（武进区）的企业' }],
    });
  });

  it('refuses a file without the required columns, or without data, as a whole', () => {
    expect(validateImportRows([{ number: 1, cells: ['企业名称', '地址'] }], directory)).toEqual({
      problem: expect.stringContaining(
        '缺少必填列：统一社会信用代码、辖市（区）、镇（街道）、行业、主要负责人、主要负责人电话',
      ),
    });
    expect(validateImportRows(rowsOf([]), directory)).toEqual({
      problem: expect.stringContaining('没有企业数据'),
    });
    expect(validateImportRows([], directory)).toEqual({ problem: expect.stringContaining('文件是空的') });
  });
});

describe('reading an uploaded import file', () => {
  it('reads the same rows from an XLSX and a UTF-8 CSV with a byte order mark', async () => {
    // Prepare
    const rows = [makeSheetRow(wujin, { 地址: '长虹路 "88" 号, 东门' })];
    const csv = new TextEncoder().encode(`\uFEFF${csvText(rows)}`);

    // Act
    const fromXlsx = await readImportFile(writeXlsx(sheetCells(rows)), 'xlsx');
    const fromCsv = await readImportFile(csv, 'csv');

    // Assess
    expect(fromCsv).toEqual(fromXlsx);
  });

  it('explains a CSV that is really a workbook, and a workbook that is not one', async () => {
    expect(await readImportFile(writeXlsx([['a']]), 'csv')).toEqual({
      problem: expect.stringContaining('.xlsx'),
    });
    expect(await readImportFile(new TextEncoder().encode('a,b'), 'xlsx')).toEqual({
      problem: expect.stringContaining('.xlsx'),
    });
  });
});

describe('reading a decompression bomb', () => {
  it('fails the file with a Chinese message instead of inflating it', async () => {
    expect(await readImportFile(xlsxBomb(80), 'xlsx')).toEqual({
      problem: expect.stringContaining('文件解压后过大'),
    });
  }, 60_000);
});
