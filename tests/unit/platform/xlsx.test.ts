import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { columnIndex, columnName } from '#functions/platform/files/xlsx-cells';
import { readXlsx, SpreadsheetError } from '#functions/platform/files/xlsx-reader';
import { writeXlsx } from '#functions/platform/files/xlsx-writer';

const MAIN = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';

/** A workbook as Excel writes it: shared strings, a sheet elsewhere than sheet1.xml, sparse cells. */
function excelStyleWorkbook(sheetXml: string, sharedStrings: string[]): Uint8Array {
  const shared = sharedStrings.map((text) => `<si><t xml:space="preserve">${text}</t></si>`).join('');
  return zipSync({
    'xl/workbook.xml': strToU8(
      `<workbook ${MAIN} xmlns:r="r"><sheets><sheet name="企业" sheetId="3" r:id="rId7"/><sheet name="说明" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    ),
    'xl/_rels/workbook.xml.rels': strToU8(
      '<Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/><Relationship Id="rId7" Target="/xl/worksheets/sheet3.xml"/></Relationships>',
    ),
    'xl/sharedStrings.xml': strToU8(`<sst ${MAIN}>${shared}</sst>`),
    'xl/worksheets/sheet1.xml': strToU8(
      `<worksheet ${MAIN}><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>说明页</t></is></c></row></sheetData></worksheet>`,
    ),
    'xl/worksheets/sheet3.xml': strToU8(`<worksheet ${MAIN}><sheetData>${sheetXml}</sheetData></worksheet>`),
  });
}

describe('the XLSX writer and reader', () => {
  it('round-trips Chinese text, numbers, booleans and empty cells', () => {
    // Prepare
    const rows = [
      ['统一社会信用代码', '企业名称', '员工数', '涉爆粉尘'],
      ['91320412MA1XYZ1234', '常州恒泰钢铁有限公司 <分厂> & "一车间"', 120, true],
      ['', null, 0.5, false],
      ['只有第一列'],
    ];

    // Act
    const read = readXlsx(writeXlsx(rows));

    // Assess
    expect(read).toEqual([
      { number: 1, cells: ['统一社会信用代码', '企业名称', '员工数', '涉爆粉尘'] },
      { number: 2, cells: ['91320412MA1XYZ1234', '常州恒泰钢铁有限公司 <分厂> & "一车间"', 120, true] },
      { number: 3, cells: [null, null, 0.5, false] },
      { number: 4, cells: ['只有第一列'] },
    ]);
  });

  it('keeps leading and trailing spaces and line breaks inside a cell', () => {
    expect(readXlsx(writeXlsx([['  两端空格  ', '第一行\n第二行']]))[0]?.cells).toEqual([
      '  两端空格  ',
      '第一行\n第二行',
    ]);
  });

  it('drops control characters that XML cannot carry instead of writing a broken file', () => {
    expect(readXlsx(writeXlsx([['a\u0001b']]))[0]?.cells).toEqual(['ab']);
  });

  it('reads the first sheet in tab order, shared strings, rich text and gaps between cells and rows', () => {
    // Prepare
    const sheet =
      '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="C1" t="s"><v>1</v></c></row>' +
      '<row r="4"><c r="B4"><v>13812341234</v></c><c r="C4" t="inlineStr"><is><r><t>武进</t></r><r><t>区</t></r></is></c><c r="D4" t="str"><v>公式结果</v></c><c r="E4" s="2"/></row>';
    const workbook = excelStyleWorkbook(sheet, ['名称 &amp; 地址', '换行_x000D_']);

    // Act
    const rows = readXlsx(workbook);

    // Assess
    expect(rows).toEqual([
      { number: 1, cells: ['名称 & 地址', null, '换行\r'] },
      { number: 4, cells: [null, 13812341234, '武进区', '公式结果', null] },
    ]);
  });

  it('refuses a file that is not a zip archive', () => {
    expect(() => readXlsx(strToU8('统一社会信用代码,企业名称'))).toThrow(SpreadsheetError);
  });

  it('refuses a zip archive without a worksheet', () => {
    expect(() => readXlsx(zipSync({ 'readme.txt': strToU8('hello') }))).toThrow(SpreadsheetError);
  });

  it('names columns like a spreadsheet does', () => {
    expect([0, 25, 26, 701, 702].map(columnName)).toEqual(['A', 'Z', 'AA', 'ZZ', 'AAA']);
    expect(['A1', 'Z9', 'AA10', 'ZZ1', 'AAA1'].map(columnIndex)).toEqual([0, 25, 26, 701, 702]);
  });
});
