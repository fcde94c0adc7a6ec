import { strToU8, Zip, ZipDeflate } from 'fflate';
import type { CellValue } from '#functions/platform/files/xlsx-cells';
import {
  contentTypesXml,
  type DefinedName,
  ROOT_RELS,
  rowXml,
  type SheetLayout,
  STYLES,
  sheetHeadXml,
  sheetTailXml,
  workbookRelsXml,
  workbookXml,
} from '#functions/platform/files/xlsx-parts';

export type {
  DefinedName,
  ListValidation,
  RowStyle,
  SheetLayout,
} from '#functions/platform/files/xlsx-parts';
export { neutraliseFormula } from '#functions/platform/files/xlsx-parts';

/** Sheet XML gathered before it is deflated: big enough for deflate, small enough to stay flat. */
const TEXT_BATCH_CHARS = 64 * 1024;

type Rows = Iterable<readonly CellValue[]>;

/**
 * A workbook written as it goes: the fixed parts first, then each sheet's rows as they come, deflated and handed
 * to `onBytes` piece by piece. Nothing but the current piece is held, so a sheet of any length costs the same
 * memory. Sheets are written in the layout's order; `row` adds to the current one.
 */
export function workbookStream(
  sheets: readonly SheetLayout[],
  onBytes: (bytes: Uint8Array) => void,
  names: readonly DefinedName[] = [],
) {
  let failure: unknown = null;
  const zip = new Zip((error, bytes) => {
    if (error) failure = error;
    else if (bytes.length > 0) onBytes(bytes);
  });
  const part = (path: string, text: string) => {
    const file = new ZipDeflate(path, { level: 6 });
    zip.add(file);
    file.push(strToU8(text), true);
  };
  part('[Content_Types].xml', contentTypesXml(sheets.length));
  part('_rels/.rels', ROOT_RELS);
  part('xl/workbook.xml', workbookXml(sheets, names));
  part('xl/_rels/workbook.xml.rels', workbookRelsXml(sheets.length));
  part('xl/styles.xml', STYLES);

  let index = -1;
  let file: ZipDeflate | null = null;
  let text: string[] = [];
  let chars = 0;
  let row = 0;
  const flush = (final: boolean) => {
    file?.push(strToU8(text.join('')), final);
    text = [];
    chars = 0;
    if (failure) throw failure;
  };
  const add = (xml: string) => {
    text.push(xml);
    chars += xml.length;
    if (chars >= TEXT_BATCH_CHARS) flush(false);
  };
  const endSheet = () => {
    const layout = sheets[index];
    if (!file || !layout) return;
    add(sheetTailXml(layout));
    flush(true);
    file = null;
  };
  return {
    /** Ends the current sheet and starts the next one of the layout. */
    nextSheet() {
      endSheet();
      index += 1;
      const layout = sheets[index];
      if (!layout) throw new Error(`the workbook has only ${sheets.length} sheets`);
      file = new ZipDeflate(`xl/worksheets/sheet${index + 1}.xml`, { level: 6 });
      zip.add(file);
      row = 0;
      add(sheetHeadXml(layout));
    },
    row(cells: readonly CellValue[]) {
      const layout = sheets[index];
      if (!layout) throw new Error('nextSheet() first');
      add(rowXml(layout, cells, row));
      row += 1;
    },
    /** Ends the last sheet (sheets never started are written empty) and the archive. */
    end() {
      while (index < sheets.length - 1) this.nextSheet();
      endSheet();
      zip.end();
      if (failure) throw failure;
    },
  };
}

/** A whole workbook in memory: every sheet with its rows (for files of a known, modest size). */
export function writeWorkbook(
  sheets: readonly (SheetLayout & { rows: Rows })[],
  names: readonly DefinedName[] = [],
): Uint8Array {
  const pieces: Uint8Array[] = [];
  const stream = workbookStream(sheets, (bytes) => pieces.push(bytes), names);
  for (const sheet of sheets) {
    stream.nextSheet();
    for (const cells of sheet.rows) stream.row(cells);
  }
  stream.end();
  const out = new Uint8Array(pieces.reduce((sum, piece) => sum + piece.length, 0));
  let at = 0;
  for (const piece of pieces) {
    out.set(piece, at);
    at += piece.length;
  }
  return out;
}

/** Writes one worksheet whose first row is a bold, frozen header. Strings are inline, so no shared table. */
export function writeXlsx(
  rows: readonly (readonly CellValue[])[],
  options: { sheetName?: string; columnWidths?: readonly number[] } = {},
): Uint8Array {
  return writeWorkbook([
    {
      name: options.sheetName ?? 'Sheet1',
      rows,
      ...(options.columnWidths ? { columnWidths: options.columnWidths } : {}),
      ...(rows.length > 0 ? {} : { header: false }),
    },
  ]);
}
