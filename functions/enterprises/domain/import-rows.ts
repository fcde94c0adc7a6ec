import { cellText, columnHeader, EXAMPLE_CREDIT_CODE } from '#functions/enterprises/domain/columns';
import { normalizeCreditCode } from '#functions/enterprises/domain/credit-code';
import { isBlankRow, readHeader, rowCells } from '#functions/enterprises/domain/header';
import { enterpriseFromRow } from '#functions/enterprises/domain/row';
import { districtIdByName } from '#functions/enterprises/domain/row-placement';
import type { EnterpriseInput } from '#functions/enterprises/schemas/enterprises';
import type { ImportRowError } from '#functions/enterprises/schemas/transfers';
import type { OrgDirectory } from '#functions/org/index';
import { districtName } from '#functions/platform/districts';
import type { SheetRow } from '#functions/platform/files/xlsx-cells';

/** Rows one import may hold: the whole city is ~33,000 enterprises. */
export const MAX_IMPORT_ROWS = 50_000;

export type ImportEntry = { row: number; input: EnterpriseInput } | { row: number; errors: ImportRowError[] };
export type ValidatedImport = { entries: ImportEntry[] } | { problem: string };

/** A credit code already seen in an earlier row of the same file. */
function duplicateOf(row: number, input: EnterpriseInput, seen: Map<string, number>): ImportRowError | null {
  const first = seen.get(input.creditCode);
  if (first !== undefined)
    return { row, column: columnHeader('creditCode'), reason: `与第 ${first} 行的统一社会信用代码重复` };
  seen.set(input.creditCode, row);
  return null;
}

/**
 * Every data row of an import file, validated, in file order: the first non-blank row is the header, blank
 * rows and the template's example row are skipped. `ownDistrict` limits a district admin's import to its district.
 */
export function validateImportRows(
  sheet: readonly SheetRow[],
  directory: OrgDirectory,
  ownDistrict?: string,
): ValidatedImport {
  const start = sheet.findIndex((row) => !isBlankRow(row.cells));
  const headerRow = sheet[start];
  if (!headerRow) return { problem: '文件是空的，请按导入模板填写后重新导入' };
  const header = readHeader(headerRow.cells);
  if ('missing' in header)
    return { problem: `缺少必填列：${header.missing.join('、')}。请使用导入模板的表头` };
  const codeAt = header.positions.creditCode ?? -1;
  const isExample = (row: SheetRow) =>
    normalizeCreditCode(cellText(row.cells[codeAt])) === EXAMPLE_CREDIT_CODE;
  const dataRows = sheet.slice(start + 1).filter((row) => !isBlankRow(row.cells) && !isExample(row));
  if (dataRows.length === 0) return { problem: '文件中没有企业数据，请在表头下方逐行填写后重新导入' };
  if (dataRows.length > MAX_IMPORT_ROWS)
    return { problem: `一次最多导入 ${MAX_IMPORT_ROWS} 行，请拆分文件后分批导入` };
  const seen = new Map<string, number>();
  return {
    entries: dataRows.map((sheetRow): ImportEntry => {
      const cells = rowCells(sheetRow.cells, header.positions);
      const district = districtIdByName(cells.district ?? '');
      if (ownDistrict && district && district !== ownDistrict)
        return {
          row: sheetRow.number,
          errors: [
            {
              row: sheetRow.number,
              column: columnHeader('district'),
              reason: `只能导入本辖区（${districtName(ownDistrict)}）的企业`,
            },
          ],
        };
      const outcome = enterpriseFromRow(sheetRow.number, cells, directory);
      if ('errors' in outcome) return { row: sheetRow.number, errors: outcome.errors };
      const problem = duplicateOf(sheetRow.number, outcome.input, seen);
      return problem
        ? { row: sheetRow.number, errors: [problem] }
        : { row: sheetRow.number, input: outcome.input };
    }),
  };
}
