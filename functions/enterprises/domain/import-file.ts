import { MAX_IMPORT_ROWS } from '#functions/enterprises/domain/import-rows';
import { parseCsv } from '#functions/platform/files/csv';
import { decodeText } from '#functions/platform/files/text-encoding';
import type { SheetRow } from '#functions/platform/files/xlsx-cells';
import {
  readXlsxYielding,
  SpreadsheetError,
  SpreadsheetTooLargeError,
} from '#functions/platform/files/xlsx-reader';

export type ImportFileContent = { rows: SheetRow[] } | { problem: string };

const isZip = (bytes: Uint8Array) =>
  bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;

/**
 * The rows of an uploaded import file, or why it cannot be read (Chinese, saying what to do). An XLSX is read as
 * a stream with bounded inflation (a zip bomb fails the task, it does not take the worker's memory) and stops one
 * row past the import's limit — the header and that row are enough for the caller to refuse the file.
 */
export async function readImportFile(bytes: Uint8Array, format: 'xlsx' | 'csv'): Promise<ImportFileContent> {
  if (format === 'csv') {
    if (isZip(bytes)) return { problem: '文件内容是 Excel 工作簿而不是 CSV，请按 .xlsx 格式重新导入' };
    const records = parseCsv(decodeText(bytes).text);
    return { rows: records.map((cells, index) => ({ number: index + 1, cells })) };
  }
  if (!isZip(bytes))
    return {
      problem: '文件不是 .xlsx 格式的 Excel 工作簿（旧版 .xls 请在 Excel 中另存为 .xlsx），请重新导入',
    };
  try {
    return { rows: await readXlsxYielding(bytes, { maxRows: MAX_IMPORT_ROWS + 1 }) };
  } catch (error) {
    if (error instanceof SpreadsheetTooLargeError)
      return {
        problem: '文件解压后过大（工作表内容超过 64 MB 或单行过长），请检查文件或拆分后分批导入',
      };
    if (error instanceof SpreadsheetError)
      return { problem: '无法读取该 Excel 工作簿，请确认文件未损坏并另存为 .xlsx 后重新导入' };
    throw error;
  }
}
