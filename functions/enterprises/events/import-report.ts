import { importReportSheets } from '#functions/enterprises/domain/import-report';
import type { ImportRowError } from '#functions/enterprises/schemas/transfers';
import { writeTransferObject } from '#functions/enterprises/store/transfer-objects';
import type { SheetRow } from '#functions/platform/files/xlsx-cells';
import { writeWorkbook } from '#functions/platform/files/xlsx-writer';

/** Errors kept on the task item itself; the report object has them all. */
export const ERRORS_ON_TASK = 200;
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * Writes every row error, with the failed rows as the file had them, to `reports/<taskId>.xlsx` (outside
 * `imports/`, so it starts no import) and returns the key.
 */
export async function writeImportReport(
  taskId: string,
  errors: readonly ImportRowError[],
  sheet: readonly SheetRow[],
): Promise<string> {
  const key = `reports/${taskId}.xlsx`;
  await writeTransferObject(key, writeWorkbook(importReportSheets(errors, sheet)), XLSX);
  return key;
}
