import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { labelCell } from '#functions/labels/domain/layout';
import { labelSheetPdf } from '#functions/labels/pdf/sheet';
import { labelPoints, tokenOf } from '#tests/unit/labels/points';

const ORIGIN = 'https://changan.example.cn';
const DPI = 100;
const COUNT = 100;
let dir: string;
let pages: PNG[];
let pdfBytes: number;

/** A label cell of a rendered page as RGBA pixels (points → pixels at DPI), inside its dashed cut line. */
function cellPixels(page: PNG, index: number) {
  const cell = labelCell(index);
  const scale = DPI / 72;
  const inset = 3;
  const [x, y] = [Math.round(cell.x * scale) + inset, Math.round(cell.y * scale) + inset];
  const [width, height] = [
    Math.floor(cell.width * scale) - 2 * inset,
    Math.floor(cell.height * scale) - 2 * inset,
  ];
  const data = new Uint8ClampedArray(width * height * 4);
  for (let row = 0; row < height; row++) {
    const from = ((y + row) * page.width + x) * 4;
    data.set(page.data.subarray(from, from + width * 4), row * width * 4);
  }
  return { data, width, height };
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'label-sheet-'));
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a 100-label sheet', () => {
  beforeAll(async () => {
    // Prepare
    const sheet = labelSheetPdf(ORIGIN);
    for (let start = 0; start < COUNT; start += 30)
      sheet.add(labelPoints(Math.min(30, COUNT - start), start));

    // Act
    const pdf = await sheet.end();
    pdfBytes = pdf.byteLength;
    writeFileSync(join(dir, 'sheet.pdf'), pdf);
    execFileSync('pdftoppm', ['-r', String(DPI), '-png', join(dir, 'sheet.pdf'), join(dir, 'page')]);
    pages = readdirSync(dir)
      .filter((name) => name.endsWith('.png'))
      .sort()
      .map((name) => PNG.sync.read(readFileSync(join(dir, name))));
  }, 120_000);

  it('has 13 A4 pages of 8 labels (the last with 4)', () => {
    // Assess: A4 (210 × 297 mm) at 100 dpi is 826.8 × 1169.3 pixels, which pdftoppm rounds up
    expect(pages).toHaveLength(13);
    for (const page of pages) expect([page.width, page.height]).toEqual([827, 1170]);
    expect(pdfBytes).toBeLessThan(1_000_000);
  });

  it("decodes every label's QR code back to its own scan URL, in print order", () => {
    // Act
    const decoded = Array.from({ length: COUNT }, (_, index) => {
      const page = pages[Math.floor(index / 8)] as PNG;
      const { data, width, height } = cellPixels(page, index);
      return jsQR(data, width, height, { inversionAttempts: 'dontInvert' })?.data ?? null;
    });

    // Assess
    expect(decoded).toEqual(Array.from({ length: COUNT }, (_, index) => `${ORIGIN}/m/r/${tokenOf(index)}`));
  }, 120_000);

  it('leaves the cells after the last label empty', () => {
    // Prepare
    const last = pages[12] as PNG;

    // Act
    const empty = [4, 5, 6, 7].map((slot) => {
      const { data } = cellPixels(last, 96 + slot);
      return data.every((value) => value > 250);
    });

    // Assess
    expect(empty).toEqual([true, true, true, true]);
  });
});
