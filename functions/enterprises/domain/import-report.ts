import {
  type EnterpriseCells,
  enterpriseColumns,
  enterpriseColumnWidths,
  enterpriseHeaders,
} from '#functions/enterprises/domain/columns';
import { isBlankRow, readHeader, rowCells } from '#functions/enterprises/domain/header';
import type { ImportRowError } from '#functions/enterprises/schemas/transfers';
import type { CellValue, SheetRow } from '#functions/platform/files/xlsx-cells';
import type { SheetLayout } from '#functions/platform/files/xlsx-writer';

/** Columns the report puts before the template's: the importer ignores both, so a fixed report imports again. */
export const REPORT_REASON_HEADER = '错误原因';
export const REPORT_ROW_HEADER = '原行号';

/** The failed rows' cells as the file had them, by row number, read with the file's own header. */
function failedRowCells(
  sheet: readonly SheetRow[],
  failed: ReadonlySet<number>,
): Map<number, EnterpriseCells> {
  const found = new Map<number, EnterpriseCells>();
  const start = sheet.findIndex((row) => !isBlankRow(row.cells));
  const header = readHeader(sheet[start]?.cells ?? []);
  if ('missing' in header) return found;
  for (const row of sheet.slice(start + 1))
    if (failed.has(row.number)) found.set(row.number, rowCells(row.cells, header.positions));
  return found;
}

/**
 * The error report's sheets: 待修改的行 — each failed row once, with all its reasons and the values it had, in the
 * template's columns (fix them there and import the report itself) — and 错误明细, one line per error.
 */
export function importReportSheets(
  errors: readonly ImportRowError[],
  sheet: readonly SheetRow[],
): (SheetLayout & { rows: CellValue[][] })[] {
  const reasons = new Map<number, string[]>();
  for (const error of errors)
    reasons.set(error.row, [...(reasons.get(error.row) ?? []), `${error.column}：${error.reason}`]);
  const cells = failedRowCells(sheet, new Set(reasons.keys()));
  const failedRows = [...reasons.keys()]
    .sort((a, b) => a - b)
    .map((row) => [
      reasons.get(row)?.join('；') ?? '',
      row,
      ...enterpriseColumns.map((column) => cells.get(row)?.[column.key] ?? ''),
    ]);
  return [
    {
      name: '待修改的行',
      columnWidths: [48, 8, ...enterpriseColumnWidths],
      rows: [[REPORT_REASON_HEADER, REPORT_ROW_HEADER, ...enterpriseHeaders], ...failedRows],
    },
    {
      name: '错误明细',
      columnWidths: [8, 18, 60],
      rows: [['行号', '列', '错误原因'], ...errors.map((error) => [error.row, error.column, error.reason])],
    },
  ];
}

/** The report's download name: `导入错误报告-企业名单.xlsx` for `企业名单.csv`, without the upload's extension. */
export function importReportFileName(uploadName: string): string {
  return `导入错误报告-${uploadName.replace(/\.(xlsx|csv)$/i, '') || '导入'}.xlsx`;
}
