import type { ImportRowError } from '#functions/enterprises/schemas/transfers';
import { writeTransferObject } from '#functions/enterprises/store/transfer-objects';
import { writeXlsx } from '#functions/platform/files/xlsx-writer';

/** Errors kept on the task item itself; the report object has them all. */
export const ERRORS_ON_TASK = 200;
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Writes every row error to `reports/<taskId>.xlsx` (outside `imports/`, so it starts no import) and returns the key. */
export async function writeImportReport(taskId: string, errors: readonly ImportRowError[]): Promise<string> {
  const rows = [
    ['行号', '列', '错误原因'],
    ...errors.map((error) => [error.row, error.column, error.reason]),
  ];
  const key = `reports/${taskId}.xlsx`;
  await writeTransferObject(key, writeXlsx(rows, { sheetName: '导入错误', columnWidths: [8, 18, 60] }), XLSX);
  return key;
}
