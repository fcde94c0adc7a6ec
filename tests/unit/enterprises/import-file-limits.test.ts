import { describe, expect, it } from 'vitest';
import { EXAMPLE_CREDIT_CODE } from '#functions/enterprises/domain/columns';
import { readImportFile } from '#functions/enterprises/domain/import-file';
import { validateImportRows } from '#functions/enterprises/domain/import-rows';
import { orgDirectory } from '#functions/org/domain/directory';
import { writeXlsx } from '#functions/platform/files/xlsx-writer';
import { makeSheetRow, sheetCells, TEMPLATE_HEADERS } from '#tests/fixtures/enterprise-sheets';

const directory = orgDirectory(
  [
    { id: 'T-HT', districtId: 'wujin', name: '湖塘镇' },
    { id: 'T-TM', districtId: 'liyang', name: '天目湖镇' },
  ],
  [],
);
const wujin = { district: '武进区', town: '湖塘镇', grid: '' };
const LIMIT = 50_000; // rows one import may hold (decisions.md: the city has ~33,000 enterprises)
const rowsOf = (cells: (string | null)[][]) => cells.map((row, index) => ({ number: index + 1, cells: row }));
/** Non-blank data rows that fail validation: cheap to check, and each becomes an entry. */
const nameOnly = (count: number) => Array.from({ length: count }, (_, i) => [`企业${i}`]);

describe('the size of an import file', () => {
  it('is read up to the header and one row past the 50,000-row limit, so that the caller can refuse it', async () => {
    // Prepare
    const bytes = writeXlsx([['企业名称'], ...nameOnly(LIMIT + 3)]);

    // Act
    const content = await readImportFile(bytes, 'xlsx');

    // Assess
    expect('rows' in content && content.rows.length).toBe(1 + LIMIT + 1);
  }, 60_000);

  it('takes 50,000 data rows and refuses 50,001 as a whole, saying how many fit', () => {
    // Prepare: rows of another district, which a district admin's import refuses before validating them.
    const otherDistrict = (count: number) => Array.from({ length: count }, () => ['', '', '溧阳市']);

    // Act
    const full = validateImportRows(rowsOf([TEMPLATE_HEADERS, ...otherDistrict(LIMIT)]), directory, 'wujin');
    const over = validateImportRows(
      rowsOf([TEMPLATE_HEADERS, ...otherDistrict(LIMIT + 1)]),
      directory,
      'wujin',
    );

    // Assess
    expect('entries' in full && full.entries.length).toBe(LIMIT);
    expect(over).toEqual({ problem: '一次最多导入 50000 行，请拆分文件后分批导入' });
  });
});

describe('the first bytes of an import file', () => {
  it.each([
    ['the first', [0x41, 0x4b, 0x03, 0x04]],
    ['the second', [0x50, 0x41, 0x03, 0x04]],
    ['the third', [0x50, 0x4b, 0x41, 0x04]],
    ['the fourth', [0x50, 0x4b, 0x03, 0x41]],
  ])('make a workbook only with all four of PK\\3\\4: %s byte off is read as CSV', async (_name, head) => {
    // Prepare
    const bytes = Uint8Array.from([...head, 0x2c, 0x62, 0x0d, 0x0a]); // `<4 bytes>,b` CRLF

    // Act
    const asCsv = await readImportFile(bytes, 'csv');
    const asXlsx = await readImportFile(bytes, 'xlsx');

    // Assess
    expect(asCsv).toMatchObject({ rows: [{ number: 1, cells: [expect.any(String), 'b'] }] });
    expect(asXlsx).toEqual({ problem: expect.stringContaining('旧版 .xls 请在 Excel 中另存为 .xlsx') });
  });

  it('tell an old .xls workbook to be saved as .xlsx, and a damaged .xlsx that it cannot be read', async () => {
    // Prepare: the OLE2 signature of .xls files; a zip signature followed by nothing a zip holds.
    const xls = Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
    const damaged = Uint8Array.from([0x50, 0x4b, 0x03, 0x04, ...new Array(60).fill(0x20)]);

    // Act & Assess
    expect(await readImportFile(xls, 'xlsx')).toEqual({ problem: expect.stringContaining('旧版 .xls') });
    expect(await readImportFile(damaged, 'xlsx')).toEqual({
      problem: expect.stringContaining('无法读取该 Excel 工作簿'),
    });
  });
});

describe('the rows of an import file', () => {
  it('skip the template’s example row wherever the credit code column is', () => {
    // Prepare: the credit code in the second column.
    const header = ['企业名称', '统一社会信用代码', ...TEMPLATE_HEADERS.slice(2)];
    const [, example, real] = sheetCells([
      makeSheetRow(wujin, { 统一社会信用代码: EXAMPLE_CREDIT_CODE }),
      makeSheetRow(wujin),
    ]).map(([code, name, ...rest]) => [name, code, ...rest]);

    // Act
    const result = validateImportRows(
      rowsOf([header, example ?? [], real ?? []] as (string | null)[][]),
      directory,
    );

    // Assess
    expect('entries' in result && result.entries.map((entry) => [entry.row, 'input' in entry])).toEqual([
      [3, true],
    ]);
  });

  it('let a district admin import the rows of its own district', () => {
    // Act
    const result = validateImportRows(rowsOf(sheetCells([makeSheetRow(wujin)])), directory, 'wujin');

    // Assess
    expect('entries' in result && result.entries).toEqual([
      { row: 2, input: expect.objectContaining({ districtId: 'wujin' }) },
    ]);
  });

  it('report a row that fails validation with its errors and go on with the next', () => {
    // Act
    const result = validateImportRows(
      rowsOf(sheetCells([makeSheetRow(wujin, { 行业: '化工' }), makeSheetRow(wujin)])),
      directory,
    );

    // Assess
    expect('entries' in result && result.entries).toEqual([
      { row: 2, errors: [{ row: 2, column: '行业', reason: expect.stringContaining('行业须为') }] },
      { row: 3, input: expect.objectContaining({ industry: '机械' }) },
    ]);
  });
});
