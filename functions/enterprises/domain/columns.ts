import { withCheckChar } from '#functions/enterprises/domain/credit-code';
import type { CellValue } from '#functions/platform/files/xlsx-cells';

/**
 * The columns of the enterprise spreadsheet, defined once for the import template, the import and the export,
 * so that an exported file can be edited and imported again.
 */
export const enterpriseColumns = [
  { key: 'creditCode', header: '统一社会信用代码', width: 22 },
  { key: 'name', header: '企业名称', width: 32 },
  { key: 'district', header: '辖市（区）', width: 12 },
  { key: 'town', header: '镇（街道）', width: 16 },
  { key: 'grid', header: '网格', width: 16 },
  { key: 'industry', header: '行业', width: 8 },
  { key: 'status', header: '状态', width: 10 },
  { key: 'dust', header: '涉爆粉尘', width: 10 },
  { key: 'nonCoalMine', header: '非煤矿山', width: 10 },
  { key: 'listingReserve', header: '重点上市后备', width: 14 },
  { key: 'address', header: '地址', width: 32 },
  { key: 'principalName', header: '主要负责人', width: 12 },
  { key: 'principalPhone', header: '主要负责人电话', width: 16 },
  { key: 'safetyContactName', header: '安全联系人', width: 12 },
  { key: 'safetyContactPhone', header: '安全联系人电话', width: 16 },
] as const;

export type EnterpriseColumnKey = (typeof enterpriseColumns)[number]['key'];
export type EnterpriseCells = Partial<Record<EnterpriseColumnKey, string>>;

/** Columns an import file must have; the others may be left out. */
export const requiredColumns: readonly EnterpriseColumnKey[] = [
  'creditCode',
  'name',
  'district',
  'town',
  'industry',
  'principalName',
  'principalPhone',
];

/**
 * The credit code of the template's example row (valid, and plainly no real enterprise's): the import skips a row
 * that carries it, so a template filled in below its example imports only what the user wrote.
 */
export const EXAMPLE_CREDIT_CODE = withCheckChar('91320400MAEXAMPLE');

export const enterpriseHeaders = enterpriseColumns.map((column) => column.header);
export const enterpriseColumnWidths = enterpriseColumns.map((column) => column.width);

export function columnHeader(key: EnterpriseColumnKey): string {
  return enterpriseColumns.find((column) => column.key === key)?.header ?? key;
}

/** Headers compare without spaces and with half-width brackets folded to full-width: 辖市(区) = 辖市（区）. */
export function normalizeHeader(header: string): string {
  return header.replace(/\s/g, '').replace(/\(/g, '（').replace(/\)/g, '）').replace(/^\*/, '');
}

/** A spreadsheet cell as text: numbers as typed (phones are often numeric cells), booleans as 是/否. */
export function cellText(value: CellValue | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'boolean') return value ? '是' : '否';
  return String(value).trim();
}
