import { correction, generate } from 'lean-qr';

/** A QR code as its dark modules: the console draws it as SVG, the label sheet as PDF rectangles. */
export interface QrMatrix {
  readonly size: number;
  readonly isDark: (row: number, column: number) => boolean;
}

/**
 * At least level M (15 % recovery; higher when the same size has room), which keeps a ~55-character scan URL at
 * version 4 (33 modules): about 1 mm a module on a 40 mm label, scannable from arm's length in a workshop.
 * lean-qr, not qrcode-generator: its mask scoring is ~5× faster, which is most of a 5,000-label sheet's time.
 */
export function qrMatrix(text: string): QrMatrix {
  const code = generate(text, { minCorrectionLevel: correction.M });
  return { size: code.size, isDark: (row, column) => code.get(column, row) };
}

/** One SVG path of the dark modules, one unit a module, runs of a row merged into one rectangle. */
export function qrSvgPath(matrix: QrMatrix): string {
  const parts: string[] = [];
  for (const [row, column, length] of qrRuns(matrix)) parts.push(`M${column} ${row}h${length}v1h-${length}z`);
  return parts.join('');
}

/** Runs of dark modules per row: [row, first column, length]. */
export function qrRuns(matrix: QrMatrix): [number, number, number][] {
  const runs: [number, number, number][] = [];
  for (let row = 0; row < matrix.size; row++) {
    let column = 0;
    while (column < matrix.size) {
      if (!matrix.isDark(row, column)) {
        column++;
        continue;
      }
      const start = column;
      while (column < matrix.size && matrix.isDark(row, column)) column++;
      runs.push([row, start, column - start]);
    }
  }
  return runs;
}

/** Modules of light border the QR standard asks for around a code. */
export const QR_QUIET_ZONE = 4;
