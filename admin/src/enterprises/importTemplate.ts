import { enterpriseColumnWidths, enterpriseHeaders } from '#functions/enterprises/domain/columns';
import { saveFile, XLSX_TYPE } from '../shared/saveFile';

/** The import file's header row: the importer's own column list (the export writes the same). */
export const importColumns = enterpriseHeaders;

export const TEMPLATE_FILE_NAME = '企业导入模板.xlsx';

/** An .xlsx with the bold, frozen header row, written by the API's own XLSX writer. */
export async function importTemplateXlsx(): Promise<Uint8Array> {
  // Loaded on the click: the zip code is needed by nobody who never downloads the template.
  const { writeXlsx } = await import('#functions/platform/files/xlsx-writer');
  return writeXlsx([importColumns], { sheetName: '企业', columnWidths: enterpriseColumnWidths });
}

/** Saves the template in the browser. */
export async function downloadImportTemplate(): Promise<void> {
  saveFile(await importTemplateXlsx(), TEMPLATE_FILE_NAME, XLSX_TYPE);
}
