import { parseCsv } from '#functions/platform/files/csv';
import { decodeText } from '#functions/platform/files/text-encoding';
import type { SheetRow } from '#functions/platform/files/xlsx-cells';
import { readXlsx, SpreadsheetError } from '#functions/platform/files/xlsx-reader';

export type ImportFileContent = { rows: SheetRow[] } | { problem: string };

const isZip = (bytes: Uint8Array) =>
  bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;

/** The rows of an uploaded import file, or why it cannot be read (Chinese, saying what to do). */
export function readImportFile(bytes: Uint8Array, format: 'xlsx' | 'csv'): ImportFileContent {
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
    return { rows: readXlsx(bytes) };
  } catch (error) {
    if (error instanceof SpreadsheetError)
      return { problem: '无法读取该 Excel 工作簿，请确认文件未损坏并另存为 .xlsx 后重新导入' };
    throw error;
  }
}
