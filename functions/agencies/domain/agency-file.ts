import { MAX_AGENCY_IMPORT_ROWS } from '#functions/agencies/domain/agency-import-rows';
import { parseCsv } from '#functions/platform/files/csv';
import { decodeText } from '#functions/platform/files/text-encoding';
import type { SheetRow } from '#functions/platform/files/xlsx-cells';
import {
  readXlsxYielding,
  SpreadsheetError,
  SpreadsheetTooLargeError,
} from '#functions/platform/files/xlsx-reader';

const isZip = (bytes: Uint8Array) =>
  bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;

/**
 * The rows of an uploaded agency file, or why it cannot be read (Chinese, saying what to do). An XLSX is read
 * with bounded inflation and stops one row past the limit, which is enough to refuse the file.
 */
export async function readAgencyFile(
  bytes: Uint8Array,
  format: 'xlsx' | 'csv',
): Promise<{ rows: SheetRow[] } | { problem: string }> {
  if (format === 'csv') {
    if (isZip(bytes)) return { problem: '文件内容是 Excel 工作簿而不是 CSV，请按 .xlsx 格式重新导入' };
    return { rows: parseCsv(decodeText(bytes).text).map((cells, index) => ({ number: index + 1, cells })) };
  }
  if (!isZip(bytes))
    return {
      problem: '文件不是 .xlsx 格式的 Excel 工作簿（旧版 .xls 请在 Excel 中另存为 .xlsx），请重新导入',
    };
  try {
    return { rows: await readXlsxYielding(bytes, { maxRows: MAX_AGENCY_IMPORT_ROWS + 2 }) };
  } catch (error) {
    if (error instanceof SpreadsheetTooLargeError)
      return { problem: '文件解压后过大，请检查文件或拆分后分批导入' };
    if (error instanceof SpreadsheetError)
      return { problem: '无法读取该 Excel 工作簿，请确认文件未损坏并另存为 .xlsx 后重新导入' };
    throw error;
  }
}
