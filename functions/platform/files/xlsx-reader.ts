import { strFromU8, type UnzipFileInfo, unzipSync } from 'fflate';
import { type CellValue, columnIndex, type SheetRow } from '#functions/platform/files/xlsx-cells';
import { decodeXmlText, runText, xmlAttribute } from '#functions/platform/files/xml-text';

/** Beyond this many uncompressed bytes a workbook is refused: a 20 MB upload must not inflate into a zip bomb. */
export const MAX_UNZIPPED_BYTES = 256 * 1024 * 1024;

export class SpreadsheetError extends Error {}

function unzipParts(bytes: Uint8Array): Record<string, Uint8Array> {
  let inflated = 0;
  const wanted = (file: UnzipFileInfo) => {
    if (
      !/^xl\/(workbook\.xml|_rels\/workbook\.xml\.rels|sharedStrings\.xml|worksheets\/[^/]+\.xml)$/.test(
        file.name,
      )
    )
      return false;
    inflated += file.originalSize;
    if (inflated > MAX_UNZIPPED_BYTES) throw new SpreadsheetError('workbook too large when unzipped');
    return true;
  };
  try {
    return unzipSync(bytes, { filter: wanted });
  } catch (error) {
    throw error instanceof SpreadsheetError ? error : new SpreadsheetError('not a zip archive');
  }
}

/** The path of the workbook's first sheet (in tab order), from workbook.xml and its relationships. */
function firstSheetPath(parts: Record<string, Uint8Array>): string {
  const fallback = 'xl/worksheets/sheet1.xml';
  const workbook = parts['xl/workbook.xml'];
  const rels = parts['xl/_rels/workbook.xml.rels'];
  if (!workbook || !rels) return fallback;
  const sheet = /<sheet\b([^>]*)\/?>/.exec(strFromU8(workbook));
  const relationId = sheet?.[1] && xmlAttribute(sheet[1], 'r:id');
  for (const match of strFromU8(rels).matchAll(/<Relationship\b([^>]*)\/?>/g)) {
    if (xmlAttribute(match[1] ?? '', 'Id') !== relationId) continue;
    const target = xmlAttribute(match[1] ?? '', 'Target') ?? '';
    return target.startsWith('/') ? target.slice(1) : `xl/${target}`;
  }
  return fallback;
}

function sharedStrings(xml: string | undefined): string[] {
  if (!xml) return [];
  return [...xml.matchAll(/<si\b[^>]*?(?:\/>|>([\s\S]*?)<\/si>)/g)].map((match) => runText(match[1] ?? ''));
}

function cellValue(type: string | undefined, body: string, shared: readonly string[]): CellValue {
  if (type === 'inlineStr') return runText(body);
  const raw = /<v>([\s\S]*?)<\/v>/.exec(body)?.[1];
  if (raw === undefined) return null;
  if (type === 's') return shared[Number(raw)] ?? null;
  if (type === 'b') return raw === '1';
  if (type === 'str' || type === 'e' || type === 'd') return decodeXmlText(raw);
  const number = Number(raw);
  return Number.isFinite(number) ? number : decodeXmlText(raw);
}

function parseRow(attributes: string, body: string, previous: number, shared: readonly string[]): SheetRow {
  const number = Number(xmlAttribute(attributes, 'r') ?? previous + 1);
  const cells: CellValue[] = [];
  for (const cell of body.matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
    const reference = xmlAttribute(cell[1] ?? '', 'r');
    const index = reference ? columnIndex(reference) : cells.length;
    const value = cellValue(xmlAttribute(cell[1] ?? '', 't'), cell[2] ?? '', shared);
    while (cells.length < index) cells.push(null);
    cells[index] = value;
  }
  return { number, cells };
}

/**
 * Reads the first worksheet of an .xlsx workbook: shared and inline strings, numbers and booleans, each row with
 * its spreadsheet row number. Formats, formulas (only their cached values) and other sheets are ignored.
 */
export function readXlsx(bytes: Uint8Array): SheetRow[] {
  const parts = unzipParts(bytes);
  const sheet = parts[firstSheetPath(parts)];
  if (!sheet) throw new SpreadsheetError('workbook has no worksheet');
  const shared = sharedStrings(parts['xl/sharedStrings.xml'] && strFromU8(parts['xl/sharedStrings.xml']));
  const rows: SheetRow[] = [];
  for (const row of strFromU8(sheet).matchAll(/<row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/row>)/g))
    rows.push(parseRow(row[1] ?? '', row[2] ?? '', rows.at(-1)?.number ?? 0, shared));
  return rows;
}
