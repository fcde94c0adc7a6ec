import { describe, expect, it } from 'vitest';
import { validateImportRows } from '#functions/enterprises/domain/import-rows';
import { orgDirectory } from '#functions/org/domain/directory';
import { readXlsx } from '#functions/platform/files/xlsx-reader';
import { makeSheetRow, TEMPLATE_HEADERS } from '#tests/fixtures/enterprise-sheets';
import { rangeValues, workbookParts } from '#tests/fixtures/xlsx-parts';
import { importTemplateXlsx } from '../../../admin/src/enterprises/importTemplate';

/** The towns a city admin's console lists (sorted by name), in two districts. */
const towns = [
  { id: 'T1', districtId: 'wujin', name: '湖塘镇' },
  { id: 'T2', districtId: 'wujin', name: '牛塘镇' },
  { id: 'T3', districtId: 'liyang', name: '天目湖镇' },
];
const directory = orgDirectory(towns, []);
const INDUSTRIES = ['冶金', '有色', '建材', '机械', '轻工', '纺织', '烟草', '商贸'];
const STATUSES = ['正常生产', '停产', '关闭'];
const REQUIRED = [
  '统一社会信用代码',
  '企业名称',
  '辖市（区）',
  '镇（街道）',
  '行业',
  '主要负责人',
  '主要负责人电话',
];
/** Drop-downs reach the last row an import may have: 50,000 data rows under the header. */
const LAST_ROW = 50_001;

describe('the import template', () => {
  it('has an example row under the header that the import skips, so only the rows a user adds are imported', async () => {
    // Prepare
    const template = readXlsx(await importTemplateXlsx(towns));
    const added = makeSheetRow({ district: '武进区', town: '牛塘镇', grid: '' });

    // Act
    const header = template[0]?.cells ?? [];
    const example = template[1]?.cells ?? [];
    const filledIn = [...template, { number: 3, cells: TEMPLATE_HEADERS.map((name) => added[name] ?? '') }];
    const validated = validateImportRows(filledIn, directory);

    // Assess
    expect(template).toHaveLength(2);
    expect(header).toEqual(TEMPLATE_HEADERS);
    expect(example[1]).toContain('示例');
    expect(example[2]).toBe('溧阳市');
    expect(example[3]).toBe('天目湖镇');
    expect(validateImportRows(template, directory)).toEqual({
      problem: expect.stringContaining('没有企业数据'),
    });
    expect(validated).toMatchObject({ entries: [{ row: 3, input: { creditCode: added.统一社会信用代码 } }] });
    expect('entries' in validated && validated.entries).toHaveLength(1);
  });

  it('offers drop-down lists: districts with towns, each district’s towns, industries, statuses and 是/否', async () => {
    // Act
    const parts = workbookParts(await importTemplateXlsx(towns));
    const [data, , lists] = parts.sheets;
    const listOf = (column: string) => data?.lists.find((list) => list.range.startsWith(`${column}2:`));

    // Assess
    expect(data?.name).toBe('企业名录');
    expect(lists).toMatchObject({ name: '选项', hidden: true });
    expect(data?.lists.map((list) => list.range).sort()).toEqual(
      ['C', 'D', 'F', 'G', 'H', 'I', 'J'].map((column) => `${column}2:${column}${LAST_ROW}`),
    );
    expect(rangeValues(parts, listOf('C')?.list ?? '')).toEqual(['溧阳市', '武进区']);
    expect(listOf('D')?.list).toBe('INDIRECT("镇街_"&$C2)');
    expect(rangeValues(parts, parts.definedNames.get('镇街_武进区') ?? '')).toEqual(['湖塘镇', '牛塘镇']);
    expect(rangeValues(parts, parts.definedNames.get('镇街_溧阳市') ?? '')).toEqual(['天目湖镇']);
    expect(parts.definedNames.has('镇街_天宁区')).toBe(false);
    expect(rangeValues(parts, listOf('F')?.list ?? '')).toEqual(INDUSTRIES);
    expect(rangeValues(parts, listOf('G')?.list ?? '')).toEqual(STATUSES);
    for (const column of ['H', 'I', 'J']) expect(listOf(column)?.list).toBe('"是,否"');
    expect(listOf('C')?.errorStyle).toBe('stop');
  });

  it('offers all 7 districts when the downloader’s scope has no towns yet', async () => {
    // Act
    const parts = workbookParts(await importTemplateXlsx([]));
    const district = parts.sheets[0]?.lists.find((list) => list.range.startsWith('C2:'));

    // Assess
    expect(rangeValues(parts, district?.list ?? '')).toEqual([
      '溧阳市',
      '金坛区',
      '武进区',
      '新北区',
      '天宁区',
      '钟楼区',
      '常州经开区',
    ]);
  });

  it('explains in a 填写说明 sheet what every column takes, which are required, and the example row', async () => {
    // Act
    const parts = workbookParts(await importTemplateXlsx(towns));
    const notes = parts.sheets[1];
    const column = (letter: string) =>
      Array.from({ length: TEMPLATE_HEADERS.length }, (_, i) => notes?.cells.get(`${letter}${i + 2}`));
    const text = [...(notes?.cells.values() ?? [])].join('\n');

    // Assess
    expect(notes).toMatchObject({ name: '填写说明', hidden: false });
    expect(column('A')).toEqual(TEMPLATE_HEADERS);
    expect(TEMPLATE_HEADERS.filter((_header, i) => column('B')[i] === '必填')).toEqual(REQUIRED);
    expect(column('C').every((note) => (note ?? '').length > 3)).toBe(true);
    expect(text).toContain('示例');
    expect(text).toContain('错误报告');
  });
});
