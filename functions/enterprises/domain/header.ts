import {
  cellText,
  columnHeader,
  type EnterpriseCells,
  type EnterpriseColumnKey,
  enterpriseColumns,
  normalizeHeader,
  requiredColumns,
} from '#functions/enterprises/domain/columns';
import type { CellValue } from '#functions/platform/files/xlsx-cells';

/** Where each known column sits in a file, from its header row; unknown columns are ignored. */
export type ColumnPositions = Partial<Record<EnterpriseColumnKey, number>>;

export type HeaderResult = { positions: ColumnPositions } | { missing: string[] };

export function readHeader(header: readonly CellValue[]): HeaderResult {
  const positions: ColumnPositions = {};
  header.forEach((value, index) => {
    const text = normalizeHeader(cellText(value));
    const column = enterpriseColumns.find((candidate) => normalizeHeader(candidate.header) === text);
    if (column && positions[column.key] === undefined) positions[column.key] = index;
  });
  const missing = requiredColumns.filter((key) => positions[key] === undefined).map(columnHeader);
  return missing.length > 0 ? { missing } : { positions };
}

/** Undoes the export's formula neutralisation (`'` before `=`, `+`, `-`, `@`, tab, CR), so an export re-imports as it was. */
const unquoteFormula = (text: string) => (/^'[=+\-@\t\r]/.test(text) ? text.slice(1) : text);

/** A data row's cells by column key, as trimmed text. */
export function rowCells(cells: readonly CellValue[], positions: ColumnPositions): EnterpriseCells {
  const byKey: EnterpriseCells = {};
  for (const [key, index] of Object.entries(positions) as [EnterpriseColumnKey, number][])
    byKey[key] = unquoteFormula(cellText(cells[index]));
  return byKey;
}

export function isBlankRow(cells: readonly CellValue[]): boolean {
  return cells.every((value) => cellText(value) === '');
}
