import type { Font } from 'fontkit';
import PDFDocument from 'pdfkit';
import { A4, type Cell, fitLines, LABELS_PER_PAGE, labelCell, MM } from '#functions/labels/domain/layout';
import { levelStyles } from '#functions/labels/domain/levels';
import { QR_QUIET_ZONE, qrMatrix, qrRuns } from '#functions/labels/domain/qr';
import { scanUrl } from '#functions/labels/domain/scan-url';
import type { LabelFontName } from '#functions/labels/pdf/font-files';
import { labelFonts } from '#functions/labels/pdf/fonts';
import type { LabelPoint } from '#functions/risk-points/index';

export const INSTRUCTION = '扫码自查 · 请使用微信或手机相机扫描';

const PAD = 3.5 * MM;
const BAR = 9 * MM;
const QR_BOX = 40 * MM;
const GAP = 3 * MM;
const CAPTION = { size: 7.5, color: '#666666' } as const;
const FIELDS = [
  { caption: '企业', key: 'enterpriseName', size: 10, lines: 2, bold: false },
  { caption: '风险点', key: 'name', size: 13, lines: 2, bold: true },
  { caption: '位置', key: 'location', size: 9, lines: 2, bold: false },
] as const;

type Doc = InstanceType<typeof PDFDocument>;

/** A label sheet being written: labels are added in print order; `end` resolves with the whole PDF. */
export interface LabelSheet {
  add(points: readonly LabelPoint[]): void;
  readonly count: () => number;
  end(): Promise<Uint8Array>;
}

/**
 * An A4 PDF of 8 labels a page (domain/layout.ts): each with its level's colour bar and name, the enterprise,
 * the point's name and location, its QR code (`<console origin>/m/r/<token>`) and how to scan it. Text is set in
 * Noto Sans SC, a character it lacks in DejaVu Sans (fonts.ts); the fonts are subset into the file by pdfkit.
 */
export function labelSheetPdf(consoleOrigin: string, title = '常安码标签'): LabelSheet {
  const fonts = labelFonts();
  const doc: Doc = new PDFDocument({
    size: 'A4',
    margin: 0,
    autoFirstPage: false,
    font: fonts.cjk as unknown as string,
    info: { Title: title, Creator: '常安码', Producer: '常安码' },
  });
  const chunks: Uint8Array[] = [];
  doc.on('data', (chunk: Uint8Array) => chunks.push(chunk));
  const done = new Promise<void>((resolve, reject) => {
    doc.on('end', resolve);
    doc.on('error', reject);
  });
  const text = textSetter(doc, fonts);
  let count = 0;
  return {
    add(points) {
      for (const point of points) {
        const cell = labelCell(count);
        if (count % LABELS_PER_PAGE === 0) doc.addPage({ size: [A4.width, A4.height], margin: 0 });
        drawLabel(doc, text, cell, point, scanUrl(consoleOrigin, point.token));
        count += 1;
      }
    },
    count: () => count,
    async end() {
      if (count === 0) doc.addPage({ size: [A4.width, A4.height], margin: 0 });
      doc.end();
      await done;
      return Buffer.concat(chunks);
    },
  };
}

type TextSetter = ReturnType<typeof textSetter>;

/** Measures and draws text in the CJK font, switching to the symbols font for characters only it has. */
function textSetter(doc: Doc, fonts: Record<LabelFontName, Font>) {
  const widths = new Map<string, number>();
  const fontOf = (char: string): LabelFontName => {
    const code = char.codePointAt(0) ?? 0;
    return fonts.cjk.hasGlyphForCodePoint(code) || !fonts.symbols.hasGlyphForCodePoint(code)
      ? 'cjk'
      : 'symbols';
  };
  const use = (name: LabelFontName) => doc.font(fonts[name] as unknown as string);
  const width1000 = (char: string) => {
    let width = widths.get(char);
    if (width === undefined) {
      const name = fontOf(char);
      if (name !== 'cjk') use(name);
      width = doc.fontSize(1000).widthOfString(char);
      if (name !== 'cjk') use('cjk');
      widths.set(char, width);
    }
    return width;
  };
  const measure = (value: string, size: number) =>
    [...value].reduce((sum, char) => sum + width1000(char), 0) * (size / 1000);
  const draw = (value: string, x: number, y: number, size: number, bold = false) => {
    let at = x;
    for (const run of runs(value, fontOf)) {
      if (run.font !== 'cjk') use(run.font);
      doc.fontSize(size);
      // Fill and a hairline stroke: a heavier face for the point's name without embedding a second 10 MB font.
      doc.text(run.text, at, y, { lineBreak: false, stroke: bold, fill: true });
      at += measure(run.text, size);
      if (run.font !== 'cjk') use('cjk');
    }
  };
  return { measure, draw };
}

function runs(value: string, fontOf: (char: string) => LabelFontName) {
  const out: { font: LabelFontName; text: string }[] = [];
  for (const char of value) {
    const font = fontOf(char);
    const last = out.at(-1);
    if (last?.font === font) last.text += char;
    else out.push({ font, text: char });
  }
  return out;
}

function drawLabel(doc: Doc, text: TextSetter, cell: Cell, point: LabelPoint, url: string): void {
  const style = levelStyles[point.level];
  const left = cell.x + PAD;
  const inner = cell.width - 2 * PAD;
  doc.save().lineWidth(0.5).dash(3, { space: 3 }).strokeColor('#BBBBBB');
  doc.rect(cell.x, cell.y, cell.width, cell.height).stroke().undash().restore();

  doc.rect(left, cell.y + PAD, inner, BAR).fill(style.bar);
  doc.fillColor(style.text).strokeColor(style.text).lineWidth(0.4);
  text.draw(style.name, left + 3 * MM, cell.y + PAD + (BAR - 14 * 1.45) / 2, 14, true);
  const brand = '常安码';
  text.draw(brand, left + inner - 3 * MM - text.measure(brand, 10), cell.y + PAD + (BAR - 10 * 1.45) / 2, 10);

  const top = cell.y + PAD + BAR + 2.5 * MM;
  const qrX = cell.x + cell.width - PAD - QR_BOX;
  drawQr(doc, url, qrX, top, QR_BOX);

  const columnWidth = qrX - GAP - left;
  let y = top;
  for (const field of FIELDS) {
    doc.fillColor(CAPTION.color);
    text.draw(field.caption, left, y, CAPTION.size);
    y += CAPTION.size * 1.4;
    doc.fillColor('#000000').strokeColor('#000000').lineWidth(0.25);
    const value = point[field.key] || '—';
    for (const line of fitLines(value, (part) => text.measure(part, field.size), columnWidth, field.lines)) {
      text.draw(line, left, y, field.size, field.bold);
      y += field.size * 1.3;
    }
    y += 1 * MM;
  }

  doc.fillColor('#333333');
  const instructionY = top + QR_BOX + 1.5 * MM;
  text.draw(INSTRUCTION, cell.x + (cell.width - text.measure(INSTRUCTION, 9)) / 2, instructionY, 9);
}

/**
 * The code as one filled path of module runs, with its quiet zone inside `size`: drawn in module units under a
 * scale transform, so each run is a short integer `re` operator (a 5,000-label sheet draws ~1.5 million).
 */
function drawQr(doc: Doc, url: string, x: number, y: number, size: number): void {
  const matrix = qrMatrix(url);
  const module = size / (matrix.size + 2 * QR_QUIET_ZONE);
  const path = qrRuns(matrix)
    .map(([row, column, length]) => `${column} ${row} ${length} 1 re`)
    .join('\n');
  doc.save().fillColor('#000000');
  doc.transform(module, 0, 0, module, x + QR_QUIET_ZONE * module, y + QR_QUIET_ZONE * module);
  doc.addContent(`${path}\nf`).restore();
}
