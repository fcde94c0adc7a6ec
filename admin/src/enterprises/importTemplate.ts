import type { DataProvider } from 'react-admin';
import type { TemplateTown } from '#functions/enterprises/domain/import-template';
import { saveFile, XLSX_TYPE } from '../shared/saveFile';

export const TEMPLATE_FILE_NAME = '企业导入模板.xlsx';

/** Every town in the caller's scope (the API answers only those), for the template's 镇（街道） drop-downs. */
const ALL_TOWNS = { page: 1, perPage: 5000 } as const;

/**
 * The import template (header, example row, drop-down lists, 填写说明), written by the API's own XLSX writer.
 * Loaded on the click: the zip code is needed by nobody who never downloads the template.
 */
export async function importTemplateXlsx(towns: readonly TemplateTown[]): Promise<Uint8Array> {
  const { importTemplateWorkbook } = await import('#functions/enterprises/domain/import-template');
  return importTemplateWorkbook(towns);
}

/** Reads the towns in scope and saves the template in the browser. */
export async function downloadImportTemplate(dataProvider: DataProvider): Promise<void> {
  const { data } = await dataProvider.getList('towns', {
    pagination: ALL_TOWNS,
    sort: { field: 'name', order: 'ASC' },
    filter: {},
  });
  const towns = data.map((town) => ({ districtId: String(town.districtId), name: String(town.name) }));
  saveFile(await importTemplateXlsx(towns), TEMPLATE_FILE_NAME, XLSX_TYPE);
}
