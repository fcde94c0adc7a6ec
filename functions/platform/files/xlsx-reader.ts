import { Inflate, strFromU8 } from 'fflate';
import { type CellValue, columnIndex, type SheetRow } from '#functions/platform/files/xlsx-cells';
import { decodeXmlText, runText, xmlAttribute } from '#functions/platform/files/xml-text';

/**
 * What one part may inflate to, counted as it inflates (the sizes a zip declares are not trusted): the import
 * worker has 512 MB, and a 20 MB upload of repeated bytes can inflate a thousandfold. The sheet XML is read as
 * a stream, row by row, so only its rows are held, never its text.
 */
export const MAX_SHEET_XML_BYTES = 64 * 1024 * 1024;
export const MAX_SHARED_STRINGS_BYTES = 8 * 1024 * 1024;
const MAX_SMALL_PART_BYTES = 1024 * 1024;
/** Text of one unfinished row the stream may hold: far more than any real row of a few dozen cells. */
const MAX_ROW_CHARS = 1024 * 1024;
/** Compressed bytes inflated per step: a step's output stays below ~4 MB even at deflate's maximum ratio. */
const STEP_BYTES = 4 * 1024;

export class SpreadsheetError extends Error {}
/** The workbook inflates past what the reader holds (a zip bomb, or a sheet far larger than any import). */
export class SpreadsheetTooLargeError extends SpreadsheetError {}

interface ZipEntry {
  name: string;
  method: number;
  dataStart: number;
  compressedSize: number;
}

const u16 = (b: Uint8Array, at: number) => (b[at] ?? 0) | ((b[at + 1] ?? 0) << 8);
const u32 = (b: Uint8Array, at: number) => (u16(b, at) | (u16(b, at + 2) << 16)) >>> 0;

/** The archive's entries from its central directory; only where each one's compressed data lies is used. */
function zipEntries(bytes: Uint8Array): Map<string, ZipEntry> {
  let end = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 65_535); at -= 1)
    if (u32(bytes, at) === 0x06054b50) {
      end = at;
      break;
    }
  if (end < 0) throw new SpreadsheetError('not a zip archive');
  const count = u16(bytes, end + 10);
  const entries = new Map<string, ZipEntry>();
  let at = u32(bytes, end + 16);
  for (let i = 0; i < count; i += 1) {
    if (u32(bytes, at) !== 0x02014b50) throw new SpreadsheetError('bad central directory');
    const nameLength = u16(bytes, at + 28);
    const name = strFromU8(bytes.subarray(at + 46, at + 46 + nameLength));
    const local = u32(bytes, at + 42);
    if (u32(bytes, local) !== 0x04034b50) throw new SpreadsheetError('bad local header');
    entries.set(name, {
      name,
      method: u16(bytes, at + 10),
      dataStart: local + 30 + u16(bytes, local + 26) + u16(bytes, local + 28),
      compressedSize: u32(bytes, at + 20),
    });
    at += 46 + nameLength + u16(bytes, at + 30) + u16(bytes, at + 32);
  }
  return entries;
}

/** Inflates one entry step by step, handing each piece to `onData`; throws once `cap` bytes are exceeded. */
function* inflateEntry(
  bytes: Uint8Array,
  entry: ZipEntry,
  cap: number,
  onData: (chunk: Uint8Array) => void,
): Generator<void> {
  const data = bytes.subarray(
    entry.dataStart,
    Math.min(bytes.length, entry.dataStart + entry.compressedSize),
  );
  let total = 0;
  const take = (chunk: Uint8Array) => {
    total += chunk.length;
    if (total > cap) throw new SpreadsheetTooLargeError(`${entry.name} inflates past ${cap} bytes`);
    onData(chunk);
  };
  if (entry.method === 0) {
    take(data);
    return;
  }
  if (entry.method !== 8) throw new SpreadsheetError(`unsupported compression ${entry.method}`);
  const inflate = new Inflate((chunk) => take(chunk));
  try {
    for (let at = 0; at < data.length; at += STEP_BYTES) {
      inflate.push(data.subarray(at, at + STEP_BYTES), at + STEP_BYTES >= data.length);
      yield;
    }
    if (data.length === 0) inflate.push(new Uint8Array(0), true);
  } catch (error) {
    // fflate's own errors carry a numeric code; anything else (a cap, the row limit) passes through.
    throw typeof (error as { code?: unknown }).code === 'number'
      ? new SpreadsheetError('corrupt deflate data')
      : error;
  }
}

function* partText(bytes: Uint8Array, entry: ZipEntry | undefined, cap: number): Generator<void, string> {
  if (!entry) return '';
  const decoder = new TextDecoder();
  const pieces: string[] = [];
  yield* inflateEntry(bytes, entry, cap, (chunk) => pieces.push(decoder.decode(chunk, { stream: true })));
  pieces.push(decoder.decode());
  return pieces.join('');
}

/** The path of the workbook's first sheet (in tab order), from workbook.xml and its relationships. */
function firstSheetPath(workbook: string, rels: string): string {
  const fallback = 'xl/worksheets/sheet1.xml';
  if (!workbook || !rels) return fallback;
  const sheet = /<sheet\b([^>]*)\/?>/.exec(workbook);
  const relationId = sheet?.[1] && xmlAttribute(sheet[1], 'r:id');
  for (const match of rels.matchAll(/<Relationship\b([^>]*)\/?>/g)) {
    if (xmlAttribute(match[1] ?? '', 'Id') !== relationId) continue;
    const target = xmlAttribute(match[1] ?? '', 'Target') ?? '';
    return target.startsWith('/') ? target.slice(1) : `xl/${target}`;
  }
  return fallback;
}

function sharedStrings(xml: string): string[] {
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

export interface ReadXlsxOptions {
  /**
   * Stop after this many non-blank rows plus one (so the caller sees the file is over its limit); blank rows,
   * which Excel writes for formatted cells, do not count. @default no limit
   */
  maxRows?: number;
}

class StopReading extends Error {}

/** The rows of the first sheet, streamed: one generator step per compressed piece. */
function* xlsxSteps(bytes: Uint8Array, options: ReadXlsxOptions, rows: SheetRow[]): Generator<void> {
  const entries = zipEntries(bytes);
  const workbook = yield* partText(bytes, entries.get('xl/workbook.xml'), MAX_SMALL_PART_BYTES);
  const rels = yield* partText(bytes, entries.get('xl/_rels/workbook.xml.rels'), MAX_SMALL_PART_BYTES);
  const sheet = entries.get(firstSheetPath(workbook, rels));
  if (!sheet) throw new SpreadsheetError('workbook has no worksheet');
  const shared = sharedStrings(
    yield* partText(bytes, entries.get('xl/sharedStrings.xml'), MAX_SHARED_STRINGS_BYTES),
  );
  const limit = options.maxRows === undefined ? Number.POSITIVE_INFINITY : options.maxRows + 1;
  const decoder = new TextDecoder();
  let pending = '';
  let filled = 0;
  const scan = (text: string) => {
    pending += text;
    if (pending.includes('</row>') || pending.includes('/>')) {
      let consumed = 0;
      for (const row of pending.matchAll(/<row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/row>)/g)) {
        const parsed = parseRow(row[1] ?? '', row[2] ?? '', rows.at(-1)?.number ?? 0, shared);
        rows.push(parsed);
        consumed = (row.index ?? 0) + row[0].length;
        if (parsed.cells.some((cell) => cell !== null && cell !== '')) filled += 1;
        if (filled >= limit) throw new StopReading();
      }
      pending = pending.slice(consumed);
    }
    const open = pending.lastIndexOf('<row');
    pending = open < 0 ? pending.slice(-4) : pending.slice(open);
    if (pending.length > MAX_ROW_CHARS) throw new SpreadsheetTooLargeError('a row longer than 1 MB');
  };
  try {
    yield* inflateEntry(bytes, sheet, MAX_SHEET_XML_BYTES, (chunk) =>
      scan(decoder.decode(chunk, { stream: true })),
    );
    scan(decoder.decode());
  } catch (error) {
    if (!(error instanceof StopReading)) throw error;
  }
}

/**
 * Reads the first worksheet of an .xlsx workbook: shared and inline strings, numbers and booleans, each row with
 * its spreadsheet row number. Formats, formulas (only their cached values) and other sheets are ignored. Throws
 * `SpreadsheetTooLargeError` past the inflation caps above.
 */
export function readXlsx(bytes: Uint8Array, options: ReadXlsxOptions = {}): SheetRow[] {
  const rows: SheetRow[] = [];
  for (const _step of xlsxSteps(bytes, options, rows));
  return rows;
}

/**
 * `readXlsx` that yields to the event loop after every compressed piece (at most a few MB of output), so the
 * worker's process — locally, the whole stack — keeps answering while a large or hostile workbook is read.
 */
export async function readXlsxYielding(
  bytes: Uint8Array,
  options: ReadXlsxOptions = {},
): Promise<SheetRow[]> {
  const rows: SheetRow[] = [];
  for (const _step of xlsxSteps(bytes, options, rows)) await new Promise((resolve) => setImmediate(resolve));
  return rows;
}
