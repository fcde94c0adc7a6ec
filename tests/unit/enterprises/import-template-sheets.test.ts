import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { withCheckChar } from '#functions/enterprises/domain/credit-code';
import { validateImportRows } from '#functions/enterprises/domain/import-rows';
import { importTemplateWorkbook } from '#functions/enterprises/domain/import-template';
import { orgDirectory } from '#functions/org/domain/directory';
import { readXlsx } from '#functions/platform/files/xlsx-reader';
import { TEMPLATE_HEADERS } from '#tests/fixtures/enterprise-sheets';
import { workbookParts } from '#tests/fixtures/xlsx-parts';

// The workbook is imported here, not through the console's lazy import, so that its module-level texts are
// evaluated under each mutant (a lazily imported module stays cached across Stryker's runs).
const towns = [
  { id: 'T1', districtId: 'wujin', name: '湖塘镇' },
  { id: 'T3', districtId: 'liyang', name: '天目湖镇' },
];
const directory = orgDirectory(towns, []);
const OPTIONAL = [
  '网格',
  '状态',
  '涉爆粉尘',
  '非煤矿山',
  '重点上市后备',
  '地址',
  '安全联系人',
  '安全联系人电话',
];
const CJK = /[\u4e00-\u9fff]/;

/** The XML of the n-th sheet, read straight from the zip. */
function sheetXml(bytes: Uint8Array, n: number): string {
  return strFromU8(unzipSync(bytes)[`xl/worksheets/sheet${n}.xml`] ?? new Uint8Array());
}
const styleOf = (xml: string, ref: string) =>
  new RegExp(`<c r="${ref}"[^>]*\\bs="(\\d+)"`).exec(xml)?.[1] ?? '0';

describe('the example row of the import template', () => {
  it('fills in every column with a value the import accepts', () => {
    // Prepare
    const [header, example] = readXlsx(importTemplateWorkbook(towns));
    const cells = [...(example?.cells ?? [])];
    const asOwnRow = [withCheckChar('91320412MA1XYW555'), ...cells.slice(1)];

    // Act
    const validated = validateImportRows(
      [header ?? { number: 1, cells: [] }, { number: 2, cells: asOwnRow }],
      directory,
    );

    // Assess
    expect(cells).toHaveLength(TEMPLATE_HEADERS.length);
    expect(cells.every((cell) => String(cell ?? '').length > 0)).toBe(true);
    expect(validated).toMatchObject({ entries: [{ row: 2, input: { districtId: 'liyang', townId: 'T3' } }] });
  });

  it('names a placeholder town when the downloader’s scope has no towns, and defines no town lists', () => {
    // Prepare
    const bytes = importTemplateWorkbook([]);

    // Act
    const [, example] = readXlsx(bytes);

    // Assess
    expect(example?.cells.slice(2, 4)).toEqual(['溧阳市', '某某镇']);
    expect(workbookParts(bytes).definedNames.size).toBe(0);
  });

  it('draws the header bold and the example row grey italic, and wraps the notes', () => {
    // Prepare
    const bytes = importTemplateWorkbook(towns);
    const [data, notes] = [sheetXml(bytes, 1), sheetXml(bytes, 2)];

    // Assess: cell formats 1 bold, 2 grey italic; 3 and 4 the same plain and bold, wrapped.
    expect([styleOf(data, 'A1'), styleOf(data, 'A2'), styleOf(data, 'O2')]).toEqual(['1', '2', '2']);
    expect([styleOf(notes, 'A1'), styleOf(notes, 'C2')]).toEqual(['4', '3']);
    expect(notes.match(/<col\b[^>]*\bwidth="/g)).toHaveLength(3); // 列名, 是否必填, 填写说明 are sized
  });
});

describe('the 填写说明 sheet of the import template', () => {
  it('has a header, marks the optional columns 选填, and numbers its notes under 注意事项', () => {
    // Prepare
    const parts = workbookParts(importTemplateWorkbook(towns));
    const notes = parts.sheets[1]?.cells ?? new Map<string, string>();
    const after = TEMPLATE_HEADERS.length + 3; // header, one row per column, one blank row
    const numbered = Array.from({ length: 6 }, (_, i) => notes.get(`C${after + i}`) ?? '');

    // Assess
    expect(['A1', 'B1', 'C1'].map((ref) => notes.get(ref))).toEqual(['列名', '是否必填', '填写说明']);
    expect(TEMPLATE_HEADERS.filter((_h, i) => notes.get(`B${i + 2}`) === '选填')).toEqual(OPTIONAL);
    expect(['A', 'B', 'C'].map((column) => notes.get(`${column}${after - 1}`))).toEqual([
      undefined,
      undefined,
      undefined,
    ]);
    expect(
      TEMPLATE_HEADERS.every(
        (_h, i) => CJK.test(notes.get(`C${i + 2}`) ?? '') && (notes.get(`C${i + 2}`) ?? '').length > 3,
      ),
    ).toBe(true);
    expect(Array.from({ length: 6 }, (_, i) => notes.get(`B${after + i}`) ?? '')).toEqual([
      '',
      '',
      '',
      '',
      '',
      '',
    ]);
    expect(notes.get(`A${after}`)).toBe('注意事项');
    expect(notes.get(`A${after + 1}`) ?? '').toBe('');
    expect(numbered.map((note) => note.slice(0, 3))).toEqual(['1. ', '2. ', '3. ', '4. ', '5. ', '6. ']);
    expect(numbered.every((note) => note.length > 10 && CJK.test(note))).toBe(true);
  });

  it('tells the limits and the rules of the import', () => {
    // Prepare
    const parts = workbookParts(importTemplateWorkbook(towns));
    const text = [...(parts.sheets[1]?.cells.values() ?? [])].join('\n');

    // Assess: 50,000 rows and 20 MB (the upload policy), CSV in UTF-8 or GBK, matched by credit code.
    for (const fact of ['50,000', '20 MB', 'CSV', 'UTF-8', 'GBK', '表头', '统一社会信用代码匹配', '粘贴'])
      expect(text).toContain(fact);
    // The industries and statuses an enterprise may have (DOMAIN.md, the create route's schema), listed with 、.
    expect(text).toContain('冶金、有色、建材、机械、轻工、纺织、烟草、商贸');
    expect(text).toContain('正常生产、停产、关闭');
  });
});

describe('the drop-down lists of the import template', () => {
  it('explain a refused value in Chinese, and head the lists sheet’s columns', () => {
    // Prepare
    const bytes = importTemplateWorkbook(towns);
    const errors = [...sheetXml(bytes, 1).matchAll(/<dataValidation\b[^>]*\berror="([^"]*)"/g)].map(
      (m) => m[1] ?? '',
    );
    const lists = workbookParts(bytes).sheets[2]?.cells;

    // Assess
    expect(errors).toHaveLength(7);
    // Only the town list warns: its INDIRECT list is empty until a district is chosen; every other list stops.
    expect(
      workbookParts(bytes).sheets[0]?.lists.map((list) => [list.range.slice(0, 1), list.errorStyle]),
    ).toEqual([
      ['C', 'stop'],
      ['D', 'warning'],
      ['F', 'stop'],
      ['G', 'stop'],
      ['H', 'stop'],
      ['I', 'stop'],
      ['J', 'stop'],
    ]);
    expect(errors.every((error) => error.length > 4 && CJK.test(error))).toBe(true);
    expect(['A1', 'B1', 'C1', 'D1', 'E1'].map((ref) => lists?.get(ref))).toEqual([
      '辖市（区）',
      '行业',
      '状态',
      '溧阳市',
      '武进区',
    ]);
  });
});
