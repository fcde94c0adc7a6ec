import { readFileSync } from 'node:fs';
import { create } from 'fontkit';
import { describe, expect, it } from 'vitest';
import { labelFontPath } from '#functions/labels/pdf/fonts';
import { labelSheetPdf } from '#functions/labels/pdf/sheet';
import { labelPoints } from '#tests/unit/labels/points';

/** Every character GBK (CP936) encodes, as Unicode: each double-byte code decoded by the WHATWG gbk decoder. */
function gbkCharacters(): { standard: string[]; privateUse: number } {
  const decoder = new TextDecoder('gbk');
  const standard: string[] = [];
  let privateUse = 0;
  for (let lead = 0x81; lead <= 0xfe; lead++)
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      const char = decoder.decode(new Uint8Array([lead, trail]));
      const code = char.codePointAt(0) ?? 0;
      if (char === '\ufffd') continue;
      // User-defined and unassigned codes decode to the Private Use Area: no font has a standard glyph there.
      if (code >= 0xe000 && code <= 0xf8ff) privateUse++;
      else standard.push(char);
    }
  for (let byte = 0x20; byte < 0x7f; byte++) standard.push(String.fromCharCode(byte));
  return { standard, privateUse };
}

const cjk = create(readFileSync(labelFontPath('cjk')));
const symbols = create(readFileSync(labelFontPath('symbols')));
const printable = (char: string) => {
  const code = char.codePointAt(0) ?? 0;
  return cjk.hasGlyphForCodePoint(code) || symbols.hasGlyphForCodePoint(code);
};

describe('the label fonts', () => {
  it('have a glyph for every character of GBK outside the private use area', () => {
    // Prepare
    const { standard, privateUse } = gbkCharacters();

    // Act
    const missing = standard.filter((char) => !printable(char));

    // Assess: 21,791 double-byte characters outside the PUA, plus the 95 printable ASCII ones
    expect(standard.length).toBe(21_791 + 95);
    expect(privateUse).toBe(2149);
    expect(missing.map((char) => `U+${char.codePointAt(0)?.toString(16)}`)).toEqual([]);
  });

  it('print the rare characters of people and company names', () => {
    // Act
    const missing = [...'喆堃犇昇珺彧赟琇玥旻琤淏祎韡翀'].filter(
      (char) => !cjk.hasGlyphForCodePoint(char.codePointAt(0) ?? 0),
    );

    // Assess
    expect(missing).toEqual([]);
  });

  it('set ≒, which Noto Sans SC lacks, in DejaVu Sans, embedding both fonts as subsets', async () => {
    // Prepare
    const sheet = labelSheetPdf('https://changan.example.cn');
    sheet.add([{ ...labelPoints(1)[0], name: '压力 ≒ 1.6 MPa' } as never]);

    // Act
    const pdf = Buffer.from(await sheet.end()).toString('latin1');

    // Assess: subset font names are "ABCDEF+PostScriptName"
    expect(pdf).toMatch(/\/BaseFont \/[A-Z]{6}\+NotoSansSC-Regular/);
    expect(pdf).toMatch(/\/BaseFont \/[A-Z]{6}\+DejaVuSans/);
    expect(pdf.length).toBeLessThan(400_000);
  });
});
