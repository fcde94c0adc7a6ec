import {
  type AgencyCells,
  type AgencyColumnKey,
  cellText,
  columnHeader,
  districtByName,
  readAgencyHeader,
  statusByLabel,
  typeByLabel,
} from '#functions/agencies/domain/agency-sheet';
import { type AgencyCreate, agencyCreateSchema } from '#functions/agencies/schemas';
import type { AgencyImportError } from '#functions/agencies/transfer-schemas';
import { districtName } from '#functions/platform/districts';
import type { CellValue, SheetRow } from '#functions/platform/files/xlsx-cells';

/** Rows one agency import may hold: the city registers a few hundred agencies. */
export const MAX_AGENCY_IMPORT_ROWS = 2_000;

export type AgencyImportEntry =
  | { row: number; input: AgencyCreate }
  | { row: number; errors: AgencyImportError[] };

const isBlank = (cells: readonly CellValue[]) => cells.every((value) => cellText(value) === '');

/** Excel keeps a date cell as days since 1899-12-30; a typed 2031/6/30 or 2031.6.30 is read as 2031-06-30. */
function dayText(value: CellValue | undefined): string {
  if (typeof value === 'number' && value > 20_000 && value < 80_000)
    return new Date(Date.UTC(1899, 11, 30) + Math.round(value) * 86_400_000).toISOString().slice(0, 10);
  const text = cellText(value);
  const parts = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(text);
  return parts ? `${parts[1]}-${parts[2]?.padStart(2, '0')}-${parts[3]?.padStart(2, '0')}` : text;
}

/** The column a schema issue belongs to, from its path in the create route's body. */
function issueColumn(path: readonly PropertyKey[]): AgencyColumnKey {
  const field = String(path[0] ?? 'name');
  if (field === 'districtId') return 'district';
  if (field === 'workDistrictIds') return 'workDistricts';
  return field as AgencyColumnKey;
}

/** One row → the create route's body, validated by the same schema, or its errors by column. */
function agencyFromRow(row: number, cells: AgencyCells, expiry: string): AgencyImportEntry {
  const problems = new Map<AgencyColumnKey, string>();
  const named = (key: AgencyColumnKey, text: string, found: string | undefined, what: string) => {
    if (text && !found) problems.set(key, `没有名为“${text}”的${what}`);
    return found ?? text;
  };
  const districtText = cells.district ?? '';
  const workTexts = (cells.workDistricts ?? '').split(/[、,，;；\s]+/).filter(Boolean);
  const unknownWork = workTexts.filter((text) => !districtByName(text));
  if (unknownWork.length > 0)
    problems.set('workDistricts', `没有名为“${unknownWork.join('、')}”的辖市（区）`);
  const candidate = {
    name: cells.name ?? '',
    creditCode: cells.creditCode ?? '',
    type: named('type', cells.type ?? '', typeByLabel(cells.type ?? ''), '机构类型'),
    districtId: named('district', districtText, districtByName(districtText), '辖市（区）'),
    workDistrictIds: workTexts.map((text) => districtByName(text) ?? text),
    certificateNo: cells.certificateNo ?? '',
    certificateExpiry: expiry,
    contactName: cells.contactName ?? '',
    contactPhone: cells.contactPhone ?? '',
    ...(cells.status ? { status: named('status', cells.status, statusByLabel(cells.status), '状态') } : {}),
  };
  const parsed = agencyCreateSchema.safeParse(candidate);
  for (const issue of parsed.success ? [] : parsed.error.issues) {
    const column = issueColumn(issue.path);
    if (!problems.has(column)) problems.set(column, issue.message);
  }
  if (parsed.success && problems.size === 0) return { row, input: parsed.data };
  return {
    row,
    errors: [...problems].map(([column, reason]) => ({ row, column: columnHeader(column), reason })),
  };
}

/**
 * Every data row of an agency import file, validated, in file order: the first non-blank row is the header,
 * blank rows are skipped. A district admin (`ownDistrict`) imports only agencies registered in its district;
 * a credit code seen in an earlier row is refused.
 */
export function validateAgencyRows(
  sheet: readonly SheetRow[],
  ownDistrict?: string,
): { entries: AgencyImportEntry[] } | { problem: string } {
  const start = sheet.findIndex((row) => !isBlank(row.cells));
  const headerRow = sheet[start];
  if (!headerRow) return { problem: '文件是空的，请按表头（名称、统一社会信用代码、类型……）填写后重新导入' };
  const header = readAgencyHeader(headerRow.cells);
  if ('missing' in header)
    return { problem: `缺少必填列：${header.missing.join('、')}。请使用导出文件的表头` };
  const dataRows = sheet.slice(start + 1).filter((row) => !isBlank(row.cells));
  if (dataRows.length === 0) return { problem: '文件中没有机构数据，请在表头下方逐行填写后重新导入' };
  if (dataRows.length > MAX_AGENCY_IMPORT_ROWS)
    return { problem: `一次最多导入 ${MAX_AGENCY_IMPORT_ROWS} 行，请拆分文件后分批导入` };
  const seen = new Map<string, number>();
  return {
    entries: dataRows.map(({ number: row, cells: values }): AgencyImportEntry => {
      const cells: AgencyCells = {};
      for (const [key, at] of Object.entries(header.positions) as [AgencyColumnKey, number][])
        cells[key] = cellText(values[at]);
      const district = districtByName(cells.district ?? '');
      if (ownDistrict && district && district !== ownDistrict) {
        const reason = `只能导入注册在本辖区（${districtName(ownDistrict)}）的机构`;
        return { row, errors: [{ row, column: columnHeader('district'), reason }] };
      }
      const entry = agencyFromRow(row, cells, dayText(values[header.positions.certificateExpiry ?? -1]));
      if (!('input' in entry)) return entry;
      const first = seen.get(entry.input.creditCode);
      if (first === undefined) seen.set(entry.input.creditCode, row);
      else {
        const reason = `与第 ${first} 行的统一社会信用代码重复`;
        return { row, errors: [{ row, column: columnHeader('creditCode'), reason }] };
      }
      return entry;
    }),
  };
}
