import { businessDay } from '#functions/platform/clock';
import { saveFile, XLSX_TYPE } from '../shared/saveFile';

/** One exported sheet: Chinese headers, then the rows exactly as the widget shows them. */
export interface ExportSheet {
  /** The file and sheet name, e.g. `辖区指标-2026Q4`; the Beijing day is added to the file name. */
  name: string;
  header: readonly string[];
  rows: readonly (readonly (string | number)[])[];
}

/**
 * Saves a widget's table as XLSX, made in the browser with the API's own writer (loaded on the first click, so
 * the dashboard's first load does not carry it).
 */
export async function exportSheet(sheet: ExportSheet, now = new Date()): Promise<void> {
  const { writeXlsx } = await import('#functions/platform/files/xlsx-writer');
  // Excel refuses sheet names over 31 characters and some punctuation.
  const sheetName = sheet.name.replace(/[\\/?*[\]:]/g, ' ').slice(0, 31);
  const bytes = writeXlsx([sheet.header, ...sheet.rows], { sheetName });
  saveFile(bytes, `${sheet.name}-${businessDay(now)}.xlsx`, XLSX_TYPE);
}
