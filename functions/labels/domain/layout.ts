/** A4 in PDF points (1/72 in); one millimetre is 72 / 25.4 points. */
export const MM = 72 / 25.4;
export const A4 = { width: 210 * MM, height: 297 * MM } as const;

/** Two columns of four: 95 × 69 mm labels, big enough for a 38 mm code scanned from arm's length. */
export const SHEET = { columns: 2, rows: 4, margin: 10 * MM } as const;
export const LABELS_PER_PAGE = SHEET.columns * SHEET.rows;

export interface Cell {
  readonly page: number;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** Where the label at `index` (0-based, in print order: left to right, top to bottom) sits, in points. */
export function labelCell(index: number): Cell {
  const width = (A4.width - 2 * SHEET.margin) / SHEET.columns;
  const height = (A4.height - 2 * SHEET.margin) / SHEET.rows;
  const onPage = index % LABELS_PER_PAGE;
  return {
    page: Math.floor(index / LABELS_PER_PAGE),
    x: SHEET.margin + (onPage % SHEET.columns) * width,
    y: SHEET.margin + Math.floor(onPage / SHEET.columns) * height,
    width,
    height,
  };
}

/**
 * Breaks `text` into at most `maxLines` lines no wider than `maxWidth`, character by character (Chinese has no
 * spaces to break at); what does not fit ends the last line with an ellipsis.
 */
export function fitLines(
  text: string,
  measure: (text: string) => number,
  maxWidth: number,
  maxLines: number,
): string[] {
  const chars = [...text.replace(/\s+/g, ' ').trim()];
  const lines: string[] = [];
  let line = '';
  for (let at = 0; at < chars.length; at++) {
    const next = line + chars[at];
    if (measure(next) <= maxWidth || line === '') {
      line = next;
      continue;
    }
    if (lines.length === maxLines - 1) return [...lines, ellipsized(line, measure, maxWidth)];
    const char = chars[at] as string;
    const kept = [...line];
    const last = kept.at(-1) as string;
    // 禁则: a closing mark never starts a line, an opening one never ends it; the last character moves down.
    const carried = (NO_LINE_START.has(char) || NO_LINE_END.has(last)) && kept.length > 1 ? last : '';
    lines.push(carried ? kept.slice(0, -1).join('') : line);
    line = char === ' ' ? carried : carried + char;
  }
  return line ? [...lines, line] : lines;
}

const NO_LINE_START = new Set([...'，。、；：！？）】」』》〉”’…%,.;:!?)]']);
const NO_LINE_END = new Set([...'（【「『《〈“‘([']);

function ellipsized(line: string, measure: (text: string) => number, maxWidth: number): string {
  const chars = [...line];
  while (chars.length > 0 && measure(`${chars.join('')}…`) > maxWidth) chars.pop();
  return `${chars.join('')}…`;
}
