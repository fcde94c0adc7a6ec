/** The import file's columns, in order (the API's importer reads them by these headers). */
export const importColumns = [
  '统一社会信用代码',
  '企业名称',
  '辖市（区）',
  '镇（街道）',
  '网格',
  '行业',
  '状态',
  '涉爆粉尘',
  '非煤矿山',
  '重点上市后备',
  '地址',
  '主要负责人',
  '主要负责人电话',
  '安全联系人',
  '安全联系人电话',
] as const;

export const TEMPLATE_FILE_NAME = '企业导入模板.csv';

/** The header row as CSV with a UTF-8 byte-order mark, so that Excel on Windows reads the Chinese right. */
export function importTemplateCsv(): string {
  return `\uFEFF${importColumns.join(',')}\r\n`;
}

/** Saves the template through a temporary link; nothing leaves the browser. */
export function downloadImportTemplate(): void {
  const url = URL.createObjectURL(new Blob([importTemplateCsv()], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = TEMPLATE_FILE_NAME;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
