import { creditCodeMessages, creditCodeProblem, normalizeCreditCode } from '#functions/platform/credit-code';
import type { SheetRow } from '#functions/platform/files/xlsx-cells';
import type { FieldError } from '#functions/platform/schemas/common';

/** The import template's columns (导入模板): the headers a user's sheet must carry, in any order. */
export const importHeaders = ['统一社会信用代码', '隐患描述', '隐患等级'] as const;

/** One row read from the sheet, checked but not yet matched to an enterprise. */
export interface ImportRow {
  /** The row number the spreadsheet shows, for error messages. */
  number: number;
  creditCode: string;
  description: string;
  level: 'general' | 'major';
}

const levelWords: Record<string, 'general' | 'major'> = {
  重大隐患: 'major',
  重大: 'major',
  一般隐患: 'general',
  一般: 'general',
};

const cellText = (value: unknown) => (value === null || value === undefined ? '' : String(value).trim());

const rowError = (number: number, message: string): FieldError => ({
  path: `body.content.row${number}`,
  message: `第 ${number} 行：${message}`,
  code: 'invalid_row',
});

/**
 * The rows of the sheet under its header row, each checked (credit code with its check character, a description
 * of at most 500 characters, a level of 重大隐患 or 一般隐患); blank rows are skipped. Any problem anywhere is
 * reported, row by row, and nothing is imported: the user fixes the file and imports it again.
 */
export function parseImportRows(sheet: readonly SheetRow[]): { rows: ImportRow[]; errors: FieldError[] } {
  const filled = sheet.filter((row) => row.cells.some((cell) => cellText(cell) !== ''));
  const [header, ...body] = filled;
  const columns = importHeaders.map(
    (name) => header?.cells.findIndex((cell) => cellText(cell) === name) ?? -1,
  );
  if (!header || columns.some((column) => column < 0))
    return {
      rows: [],
      errors: [rowError(header?.number ?? 1, `表头须包含 ${importHeaders.join('、')} 三列，请使用导入模板`)],
    };
  const [codeAt, descriptionAt, levelAt] = columns as [number, number, number];
  const rows: ImportRow[] = [];
  const errors: FieldError[] = [];
  for (const row of body) {
    const creditCode = normalizeCreditCode(cellText(row.cells[codeAt]));
    const description = cellText(row.cells[descriptionAt]);
    const level = levelWords[cellText(row.cells[levelAt])];
    const problem = creditCodeProblem(creditCode);
    if (problem) errors.push(rowError(row.number, creditCodeMessages[problem]));
    else if (!description) errors.push(rowError(row.number, '请填写隐患描述'));
    else if (description.length > 500) errors.push(rowError(row.number, '隐患描述不能超过 500 个字'));
    else if (!level) errors.push(rowError(row.number, '隐患等级须为“重大隐患”或“一般隐患”'));
    else rows.push({ number: row.number, creditCode, description, level });
  }
  if (rows.length === 0 && errors.length === 0) errors.push(rowError(header.number + 1, '文件中没有隐患行'));
  return { rows, errors };
}
