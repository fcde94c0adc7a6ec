import { describe, expect, it } from 'vitest';
import { importReportFileName, importReportSheets } from '#functions/enterprises/domain/import-report';
import type { SheetRow } from '#functions/platform/files/xlsx-cells';

// The template's 15 headers, written out: the report's first sheet uses them after 错误原因 and 原行号.
const TEMPLATE_HEADERS = [
  '统一社会信用代码',
  '企业名称',
  '辖市（区）',
  '镇（街道）',
  '网格',
  '行业',
  '状态',
  '涉爆粉尘',
  '非煤矿山',
  '重点上市后备',
  '地址',
  '主要负责人',
  '主要负责人电话',
  '安全联系人',
  '安全联系人电话',
];

/** A file with a blank first row, its header in another order than the template's and without optional columns. */
const upload: SheetRow[] = [
  { number: 1, cells: [null, ''] },
  {
    number: 2,
    cells: ['企业名称', '统一社会信用代码', '辖市(区)', '镇（街道）', '行业', '主要负责人', '主要负责人电话'],
  },
  { number: 3, cells: ['恒泰钢铁', 'BAD', '武进区', '湖塘镇', '冶金', '王伟', 13812341234] },
  { number: 4, cells: ['好企业', '91320412MA1XYW1230', '武进区', '湖塘镇', '机械', '张三', '13800001234'] },
  { number: 5, cells: ['  某化工  ', '', '火星区', '湖塘镇', '化工', '李四', '1380000'] },
];

describe('the error report of an import', () => {
  it('lists each failed row once, in row order, with all its reasons and the values it had in template order', () => {
    // Prepare: errors arrive in the order the rows were checked, one row's in two entries.
    const errors = [
      { row: 5, column: '辖市（区）', reason: '没有名为“火星区”的辖市（区）' },
      { row: 3, column: '统一社会信用代码', reason: '统一社会信用代码应为 18 位' },
      { row: 5, column: '主要负责人电话', reason: '请填写 11 位手机号码' },
    ];

    // Act
    const [toFix, details] = importReportSheets(errors, upload);

    // Assess
    expect(toFix?.name).toBe('待修改的行');
    expect(toFix?.rows).toEqual([
      ['错误原因', '原行号', ...TEMPLATE_HEADERS],
      [
        '统一社会信用代码：统一社会信用代码应为 18 位',
        3,
        'BAD',
        '恒泰钢铁',
        '武进区',
        '湖塘镇',
        '',
        '冶金',
        '',
        '',
        '',
        '',
        '',
        '王伟',
        '13812341234',
        '',
        '',
      ],
      [
        '辖市（区）：没有名为“火星区”的辖市（区）；主要负责人电话：请填写 11 位手机号码',
        5,
        '',
        '某化工',
        '火星区',
        '湖塘镇',
        '',
        '化工',
        '',
        '',
        '',
        '',
        '',
        '李四',
        '1380000',
        '',
        '',
      ],
    ]);
    expect(details?.name).toBe('错误明细');
    expect(toFix?.columnWidths).toHaveLength(2 + TEMPLATE_HEADERS.length);
    expect(details?.columnWidths).toHaveLength(3);
    expect(details?.rows).toEqual([
      ['行号', '列', '错误原因'],
      [5, '辖市（区）', '没有名为“火星区”的辖市（区）'],
      [3, '统一社会信用代码', '统一社会信用代码应为 18 位'],
      [5, '主要负责人电话', '请填写 11 位手机号码'],
    ]);
  });

  it('keeps the reasons but no values when the file’s header cannot be read', () => {
    // Prepare
    const headless: SheetRow[] = [
      { number: 1, cells: ['名称', '代码'] },
      { number: 2, cells: ['恒泰钢铁', 'BAD'] },
    ];

    // Act
    const [toFix] = importReportSheets(
      [{ row: 2, column: '统一社会信用代码', reason: '格式不正确' }],
      headless,
    );

    // Assess
    expect(toFix?.rows[1]).toEqual(['统一社会信用代码：格式不正确', 2, ...TEMPLATE_HEADERS.map(() => '')]);
    expect(importReportSheets([{ row: 2, column: '企业名称', reason: '请填写' }], [])[0]?.rows).toHaveLength(
      2,
    );
  });

  it('is named after the upload, without its extension', () => {
    // Assess
    expect(importReportFileName('企业名单.csv')).toBe('导入错误报告-企业名单.xlsx');
    expect(importReportFileName('企业名单.XLSX')).toBe('导入错误报告-企业名单.xlsx');
    expect(importReportFileName('企业名单.xlsx.bak')).toBe('导入错误报告-企业名单.xlsx.bak.xlsx');
    expect(importReportFileName('.xlsx')).toBe('导入错误报告-导入.xlsx');
  });
});
