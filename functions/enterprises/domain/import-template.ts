import {
  type EnterpriseColumnKey,
  EXAMPLE_CREDIT_CODE,
  enterpriseColumns,
  enterpriseColumnWidths,
  enterpriseHeaders,
} from '#functions/enterprises/domain/columns';
import { MAX_IMPORT_ROWS } from '#functions/enterprises/domain/import-rows';
import { enterpriseStatuses, industries } from '#functions/enterprises/domain/kinds';
import { districts } from '#functions/platform/districts';
import { type CellValue, columnName } from '#functions/platform/files/xlsx-cells';
import { type DefinedName, type ListValidation, writeWorkbook } from '#functions/platform/files/xlsx-writer';

/** A town the template offers in its 镇（街道） drop-down: the towns in the downloader's scope. */
export interface TemplateTown {
  readonly districtId: string;
  readonly name: string;
}

const DATA_SHEET = '企业名录';
const LISTS_SHEET = '选项';
/** The drop-downs cover every row an import may have, below the header. */
const LAST_ROW = MAX_IMPORT_ROWS + 1;
const YES_NO = '"是,否"';
/** Lists sheet columns: A districts, B industries, C statuses, then one column of towns per district. */
const FIRST_TOWN_COLUMN = 3;

const letterOf = (key: EnterpriseColumnKey) =>
  columnName(enterpriseColumns.findIndex((column) => column.key === key));
const rangeOf = (key: EnterpriseColumnKey) => `${letterOf(key)}2:${letterOf(key)}${LAST_ROW}`;
const listRef = (column: number, count: number) =>
  `'${LISTS_SHEET}'!$${columnName(column)}$2:$${columnName(column)}$${Math.max(2, count + 1)}`;
/** The defined name of a district's towns, read by the town column's `INDIRECT`. */
export const townListName = (districtName: string) => `镇街_${districtName}`;

/** What each column takes, for the 填写说明 sheet. */
const columnNotes: Record<EnterpriseColumnKey, string> = {
  creditCode:
    '18 位数字和大写字母（不含 I、O、Z、S、V），末位为校验位；粘贴带入的空格会自动去掉。已登记的代码更新该企业，未登记的新增。',
  name: '2–100 个字。',
  district: '从下拉列表中选择。',
  town: '先填辖市（区），再从下拉列表中选择该辖市（区）的镇（街道）。',
  grid: '网格名称，须属于所填的镇（街道）；留空或填“网格外”表示不在网格内。',
  industry: `从下拉列表中选择：${industries.join('、')}。`,
  status: `从下拉列表中选择：${enterpriseStatuses.join('、')}；留空为“正常生产”。`,
  dust: '是 或 否；留空为否。',
  nonCoalMine: '是 或 否；留空为否。',
  listingReserve: '是 或 否；留空为否。',
  address: '不超过 200 字。',
  principalName: '姓名，不超过 32 字。',
  principalPhone: '11 位手机号码。',
  safetyContactName: '选填；填写时须同时填写安全联系人电话。',
  safetyContactPhone: '11 位手机号码；填写时须同时填写安全联系人。',
};
const REQUIRED: ReadonlySet<EnterpriseColumnKey> = new Set([
  'creditCode',
  'name',
  'district',
  'town',
  'industry',
  'principalName',
  'principalPhone',
]);
const generalNotes = [
  '第 2 行（灰色斜体）是示例，导入时自动跳过；可直接覆盖它，或在它下方逐行填写。',
  '第 1 行表头请勿改名；列的顺序可以调整，表中没有的列会被忽略。',
  `一次最多导入 ${MAX_IMPORT_ROWS.toLocaleString('en-US')} 行、文件不超过 20 MB；也可另存为 CSV（UTF-8 或 GBK 编码）后导入。`,
  '按统一社会信用代码匹配：已登记的企业按本表更新，未登记的新增；同一文件中代码不能重复。',
  '有错误的行不会导入。导入完成后可下载错误报告：其中是出错行的原始内容和原因，改正后可直接导入该报告。',
  '从其他表格粘贴的内容不受下拉列表限制，导入时仍会逐行校验。',
];

function instructionRows(): CellValue[][] {
  return [
    ['列名', '是否必填', '填写说明'],
    ...enterpriseColumns.map((column) => [
      column.header,
      REQUIRED.has(column.key) ? '必填' : '选填',
      columnNotes[column.key],
    ]),
    [],
    ...generalNotes.map((note, i) => [i === 0 ? '注意事项' : '', '', `${i + 1}. ${note}`]),
  ];
}

/** The example row: every column filled as the import expects it, in the first district and town offered. */
function exampleRow(district: string, town: string): CellValue[] {
  const values: Record<EnterpriseColumnKey, string> = {
    creditCode: EXAMPLE_CREDIT_CODE,
    name: '（示例）常州市某某机械制造有限公司',
    district,
    town,
    grid: '网格外',
    industry: '机械',
    status: '正常生产',
    dust: '否',
    nonCoalMine: '否',
    listingReserve: '否',
    address: '某某路 1 号',
    principalName: '张三',
    principalPhone: '13800000000',
    safetyContactName: '李四',
    safetyContactPhone: '13900000000',
  };
  return enterpriseColumns.map((column) => values[column.key]);
}

/** Columns of equal length from lists of different lengths (the lists sheet is read by column). */
function byColumns(columns: readonly (readonly string[])[]): CellValue[][] {
  const height = Math.max(...columns.map((column) => column.length));
  return Array.from({ length: height }, (_, r) => columns.map((column) => column[r] ?? null));
}

/**
 * The import template: 企业名录 (header, an example row, drop-down lists for 辖市（区）, 镇（街道） by district,
 * 行业, 状态 and the 是/否 columns), 填写说明 (what each column takes), and the hidden 选项 sheet the lists read.
 * The districts offered are those with towns among `towns` (all 7 when there are none).
 */
export function importTemplateWorkbook(towns: readonly TemplateTown[]): Uint8Array {
  const withTowns = districts.filter((d) => towns.some((town) => town.districtId === d.id));
  const offered = withTowns.length > 0 ? withTowns : districts;
  const townNames = offered.map((d) => towns.filter((t) => t.districtId === d.id).map((t) => t.name));
  const names: DefinedName[] = offered.flatMap((d, i) =>
    (townNames[i]?.length ?? 0) > 0
      ? [{ name: townListName(d.name), ref: listRef(FIRST_TOWN_COLUMN + i, townNames[i]?.length ?? 0) }]
      : [],
  );
  const validations: ListValidation[] = [
    { range: rangeOf('district'), list: listRef(0, offered.length), error: '请从下拉列表中选择辖市（区）' },
    {
      range: rangeOf('town'),
      list: `INDIRECT("镇街_"&$${letterOf('district')}2)`,
      errorStyle: 'warning',
      error: '该镇（街道）不在所选辖市（区）的列表中，请先选择辖市（区），再从列表中选择',
    },
    { range: rangeOf('industry'), list: listRef(1, industries.length), error: '请从下拉列表中选择行业' },
    {
      range: rangeOf('status'),
      list: listRef(2, enterpriseStatuses.length),
      error: '请从下拉列表中选择状态',
    },
    ...(['dust', 'nonCoalMine', 'listingReserve'] as const).map((key) => ({
      range: rangeOf(key),
      list: YES_NO,
      error: '请填写“是”或“否”',
    })),
  ];
  const lists = byColumns([
    ['辖市（区）', ...offered.map((d) => d.name)],
    ['行业', ...industries],
    ['状态', ...enterpriseStatuses],
    ...offered.map((d, i) => [d.name, ...(townNames[i] ?? [])]),
  ]);
  const first = offered[0];
  return writeWorkbook(
    [
      {
        name: DATA_SHEET,
        columnWidths: enterpriseColumnWidths,
        rowStyle: (index) => (index === 0 ? 'muted' : 'plain'),
        validations,
        rows: [enterpriseHeaders, exampleRow(first?.name ?? '', townNames[0]?.[0] ?? '某某镇')],
      },
      { name: '填写说明', columnWidths: [18, 10, 90], wrap: true, rows: instructionRows() },
      { name: LISTS_SHEET, hidden: true, rows: lists },
    ],
    names,
  );
}
