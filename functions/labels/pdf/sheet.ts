import type { Font } from 'fontkit';
import PDFDocument from 'pdfkit';
import { A4, type Cell, fitLines, LABELS_PER_PAGE, labelCell, MM } from '#functions/labels/domain/layout';
import { QR_QUIET_ZONE, qrMatrix, qrRuns } from '#functions/labels/domain/qr';
import { type LabelFace, riskPointFace } from '#functions/labels/pdf/faces';
import type { LabelFontName } from '#functions/labels/pdf/font-files';
import { labelFonts } from '#functions/labels/pdf/fonts';
import type { LabelPoint } from '#functions/risk-points/index';

const PAD = 3.5 * MM;
const BAR = 9 * MM;
const QR_BOX = 40 * MM;
const GAP = 3 * MM;
const CAPTION = { size: 7.5, color: '#666666' } as const;

type Doc = InstanceType<typeof PDFDocument>;

/** A label sheet being written: labels are added in print order; `end` resolves with the whole PDF. */
export interface LabelSheet {
  /** Risk point labels (riskPointFace). */
  add(points: readonly LabelPoint[]): void;
  /** Labels of any kind, as pdf/faces.ts makes them (dust sites). */
  addFaces(faces: readonly LabelFace[]): void;
  readonly count: () => number;
  end(): Promise<Uint8Array>;
}

/**
 * An A4 PDF of 8 labels a page (domain/layout.ts): each with its coloured bar and heading (a risk point's level),
 * three text blocks (enterprise, point or site, location), its QR code (`<console origin>/m/r/<token>` for a risk
 * point, `/m/d/<token>` for a dust site) and what to do with it (pdf/faces.ts). Text is set in
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
  const addFaces = (faces: readonly LabelFace[]) => {
    for (const face of faces) {
      const cell = labelCell(count);
      if (count % LABELS_PER_PAGE === 0) doc.addPage({ size: [A4.width, A4.height], margin: 0 });
      drawLabel(doc, text, cell, face);
      count += 1;
    }
  };
  return {
    add: (points) => addFaces(points.map((point) => riskPointFace(consoleOrigin, point))),
    addFaces,
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

function drawLabel(doc: Doc, text: TextSetter, cell: Cell, face: LabelFace): void {
  const style = { bar: face.bar.colour, text: face.bar.text, name: face.bar.name };
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
  drawQr(doc, face.url, qrX, top, QR_BOX);

  const columnWidth = qrX - GAP - left;
  let y = top;
  for (const field of face.fields) {
    doc.fillColor(CAPTION.color);
    text.draw(field.caption, left, y, CAPTION.size);
    y += CAPTION.size * 1.4;
    doc.fillColor('#000000').strokeColor('#000000').lineWidth(0.25);
    const value = field.value || '—';
    for (const line of fitLines(value, (part) => text.measure(part, field.size), columnWidth, field.lines)) {
      text.draw(line, left, y, field.size, field.bold);
      y += field.size * 1.3;
    }
    y += 1 * MM;
  }

  doc.fillColor('#333333');
  const instructionY = top + QR_BOX + 1.5 * MM;
  const instruction = face.instruction;
  text.draw(instruction, cell.x + (cell.width - text.measure(instruction, 9)) / 2, instructionY, 9);
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
