import { agencyStatusLabels, agencyTypeLabels } from '#functions/agencies/domain/agency-types';
import { districtName, districts } from '#functions/platform/districts';
import type { CellValue } from '#functions/platform/files/xlsx-cells';

/**
 * The agency spreadsheet's columns, defined once for the import and the export, so that an exported file can be
 * edited and imported again (the export's two extra columns are ignored by the import).
 */
export const agencyColumns = [
  { key: 'name', header: '名称', width: 32 },
  { key: 'creditCode', header: '统一社会信用代码', width: 22 },
  { key: 'type', header: '类型', width: 10 },
  { key: 'district', header: '注册辖区', width: 12 },
  { key: 'workDistricts', header: '从业辖区', width: 28 },
  { key: 'certificateNo', header: '资质证书编号', width: 20 },
  { key: 'certificateExpiry', header: '证书有效期', width: 12 },
  { key: 'contactName', header: '联系人', width: 10 },
  { key: 'contactPhone', header: '联系电话', width: 14 },
  { key: 'status', header: '状态', width: 8 },
] as const;
export const agencyExportExtras = [
  { header: '本年度得分', width: 10 },
  { header: '是否公告', width: 8 },
] as const;

export type AgencyColumnKey = (typeof agencyColumns)[number]['key'];
export type AgencyCells = Partial<Record<AgencyColumnKey, string>>;

/** Columns an import file must have; 从业辖区 and 状态 may be left out (registered district only; 已登记). */
export const requiredAgencyColumns: readonly AgencyColumnKey[] = [
  'name',
  'creditCode',
  'type',
  'district',
  'certificateNo',
  'certificateExpiry',
  'contactName',
  'contactPhone',
];

export const columnHeader = (key: AgencyColumnKey) =>
  agencyColumns.find((column) => column.key === key)?.header ?? key;

/** Headers compare without spaces, a leading `*` or a trailing note in brackets: 注册辖区（市、区） = 注册辖区. */
const normalizeHeader = (header: string) =>
  header
    .replace(/\s/g, '')
    .replace(/^\*/, '')
    .replace(/[（(].*[)）]$/, '');

/** A cell as text: numbers as typed (phones are often numeric cells), booleans as 是/否. */
export function cellText(value: CellValue | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'boolean') return value ? '是' : '否';
  const text = String(value).trim();
  // The export's formula neutralisation undone (`'` before `=`, `+`, `-`, `@`), so an export re-imports as it was.
  return /^'[=+\-@]/.test(text) ? text.slice(1) : text;
}

export type AgencyHeader = { positions: Partial<Record<AgencyColumnKey, number>> } | { missing: string[] };

/** Where each known column sits, from the header row; unknown columns are ignored. */
export function readAgencyHeader(header: readonly CellValue[]): AgencyHeader {
  const positions: Partial<Record<AgencyColumnKey, number>> = {};
  header.forEach((value, index) => {
    const text = normalizeHeader(cellText(value));
    const column = agencyColumns.find((candidate) => candidate.header === text);
    if (column && positions[column.key] === undefined) positions[column.key] = index;
  });
  const missing = requiredAgencyColumns.filter((key) => positions[key] === undefined).map(columnHeader);
  return missing.length > 0 ? { missing } : { positions };
}

/** A label or key back to its key: 安全评价 → assessment, 已登记 → registered, 武进区 → wujin. */
export const typeByLabel = (text: string) =>
  Object.entries(agencyTypeLabels).find(([key, label]) => label === text || key === text)?.[0];
export const statusByLabel = (text: string) =>
  Object.entries(agencyStatusLabels).find(([key, label]) => label === text || key === text)?.[0];
export const districtByName = (text: string) =>
  districts.find((district) => district.name === text || district.id === text)?.id;

/** One agency as an export row (the writer neutralises formula-like text): the import's columns with labels and names, then this year's score and 公告. */
export function agencyExportRow(agency: {
  name: string;
  creditCode: string;
  type: keyof typeof agencyTypeLabels;
  districtId: string;
  workDistrictIds: readonly string[];
  certificateNo: string;
  certificateExpiry: string;
  contactName: string;
  contactPhone: string;
  status: keyof typeof agencyStatusLabels;
  score: number;
  listed: boolean;
}): CellValue[] {
  const name = (id: string) => districtName(id) ?? id;
  return [
    agency.name,
    agency.creditCode,
    agencyTypeLabels[agency.type],
    name(agency.districtId),
    agency.workDistrictIds.map(name).join('、'),
    agency.certificateNo,
    agency.certificateExpiry,
    agency.contactName,
    agency.contactPhone,
    agencyStatusLabels[agency.status],
    agency.score,
    agency.listed ? '是' : '否',
  ];
}
