import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import {
  MAX_SHARED_STRINGS_BYTES,
  MAX_SHEET_XML_BYTES,
  readXlsx,
  SpreadsheetTooLargeError,
} from '#functions/platform/files/xlsx-reader';
import { writeXlsx } from '#functions/platform/files/xlsx-writer';
import { xlsxBomb } from '#tests/fixtures/xlsx-bomb';

const MAIN = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';

describe('the XLSX reader’s bounds', () => {
  it('refuses a sheet that inflates past its cap without holding it: an 80 MB bomb, memory bounded', () => {
    // Prepare
    const bomb = xlsxBomb(80);
    expect(bomb.length).toBeLessThan(2 * 1024 * 1024);
    global.gc?.();
    const before = process.memoryUsage().rss;

    // Act
    const read = () => readXlsx(bomb);

    // Assess
    expect(read).toThrow(SpreadsheetTooLargeError);
    expect(process.memoryUsage().rss - before).toBeLessThan(200 * 1024 * 1024);
    expect(MAX_SHEET_XML_BYTES).toBe(64 * 1024 * 1024);
  }, 60_000);

  it('refuses one huge cell (a row that never ends) as too large', () => {
    expect(() => readXlsx(xlsxBomb(40, { inCell: true }))).toThrow(SpreadsheetTooLargeError);
  }, 60_000);

  it('does not trust the sizes the zip declares: a lying sharedStrings.xml is cut at 8 MB', () => {
    // Prepare: fflate writes the true sizes; the reader must count what it inflates, not read them.
    const shared = `<sst ${MAIN}>${'<si><t>x</t></si>'.repeat((MAX_SHARED_STRINGS_BYTES / 16) * 1.1)}</sst>`;
    const bytes = zipSync({
      'xl/sharedStrings.xml': strToU8(shared),
      'xl/worksheets/sheet1.xml': strToU8(`<worksheet ${MAIN}><sheetData/></worksheet>`),
    });

    // Act + Assess
    expect(() => readXlsx(bytes)).toThrow(SpreadsheetTooLargeError);
  });

  it('stops reading at maxRows + 1 rows, so a caller knows the file is over its limit', () => {
    // Prepare
    const rows = Array.from({ length: 300 }, (_, i) => [`第${i}行`, i]);

    // Act
    const read = readXlsx(writeXlsx(rows), { maxRows: 100 });

    // Assess
    expect(read).toHaveLength(101);
    expect(read.at(-1)?.cells).toEqual(['第100行', 100]);
  });

  it('still reads a normal workbook whole', () => {
    const rows = Array.from({ length: 2000 }, (_, i) => [`企业${i}`, i, i % 2 === 0]);
    expect(readXlsx(writeXlsx(rows)).map((row) => row.cells)).toEqual(rows);
  });
});

describe('the XLSX writer against formula injection (OWASP)', () => {
  it('prefixes text cells that begin with = + - @ tab or CR with a single quote, as strings', () => {
    // Prepare
    const dangerous = ['=HYPERLINK("http://x","y")', '+1+1', '-2+3', '@SUM(A1)', '\tcmd', '\r=1'];

    // Act
    const read = readXlsx(writeXlsx([dangerous]));

    // Assess
    expect(read[0]?.cells).toEqual(dangerous.map((text) => `'${text}`));
  });

  it('leaves phone numbers, credit codes, masked phones, numbers and ordinary text alone', () => {
    const safe = ['13812341234', '91320412MA1XYZ1234', '138****1234', '常州=恒泰', -5, 0.5, true];
    expect(readXlsx(writeXlsx([safe]))[0]?.cells).toEqual(safe);
  });
});
