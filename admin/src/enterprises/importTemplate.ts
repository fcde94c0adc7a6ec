import { enterpriseColumnWidths, enterpriseHeaders } from '#functions/domain/enterprise-columns';

/** The import file's header row: the importer's own column list (the export writes the same). */
export const importColumns = enterpriseHeaders;

export const TEMPLATE_FILE_NAME = '企业导入模板.xlsx';
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** An .xlsx with the bold, frozen header row, written by the API's own XLSX writer. */
export async function importTemplateXlsx(): Promise<Uint8Array> {
  // Loaded on the click: the zip code is needed by nobody who never downloads the template.
  const { writeXlsx } = await import('#functions/domain/xlsx-writer');
  return writeXlsx([importColumns], { sheetName: '企业', columnWidths: enterpriseColumnWidths });
}

/** Saves the template through a temporary link; nothing leaves the browser. */
export async function downloadImportTemplate(): Promise<void> {
  const bytes = await importTemplateXlsx();
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: XLSX_TYPE }));
  const link = document.createElement('a');
  link.href = url;
  link.download = TEMPLATE_FILE_NAME;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
