/**
 * The 64-bit difference hash (dHash) of an image: grayscale, shrink to 9×8 by area average, then one bit per
 * pair of horizontal neighbours (1 when the right one is brighter). Resizing, re-encoding and mild colour or
 * contrast changes keep most bits, so a re-shot or re-encoded old photo lands a few bits from the original.
 */
export const HASH_COLUMNS = 9;
export const HASH_ROWS = 8;

/** A grayscale image: one luma value (0–255) per pixel, row by row. */
export interface GrayImage {
  width: number;
  height: number;
  luma: Float32Array;
}

/** BT.601 luma of interleaved RGB(A) pixels (`channels` 3 or 4; alpha is ignored). */
export function grayOf(data: Uint8Array, width: number, height: number, channels: 3 | 4): GrayImage {
  const luma = new Float32Array(width * height);
  for (let i = 0, p = 0; i < luma.length; i += 1, p += channels) {
    luma[i] = 0.299 * (data[p] ?? 0) + 0.587 * (data[p + 1] ?? 0) + 0.114 * (data[p + 2] ?? 0);
  }
  return { width, height, luma };
}

/** For each of `cells` output cells along a side of `size` pixels: the source pixels it covers, with weights. */
function coverage(size: number, cells: number): Array<Array<[index: number, weight: number]>> {
  const step = size / cells;
  return Array.from({ length: cells }, (_, cell) => {
    const from = cell * step;
    const to = from + step;
    const parts: Array<[number, number]> = [];
    for (let pixel = Math.floor(from); pixel < Math.min(size, Math.ceil(to)); pixel += 1) {
      const weight = Math.min(to, pixel + 1) - Math.max(from, pixel);
      if (weight > 0) parts.push([pixel, weight / step]);
    }
    return parts;
  });
}

/** The image shrunk (or grown) to columns × rows, each cell the area-weighted mean of the pixels it covers. */
export function areaResize(image: GrayImage, columns: number, rows: number): Float64Array {
  const across = coverage(image.width, columns);
  const down = coverage(image.height, rows);
  // Rows first: each source row becomes `columns` values, then the rows are averaged per output row.
  const narrow = new Float64Array(image.height * columns);
  for (let y = 0; y < image.height; y += 1) {
    const row = y * image.width;
    across.forEach((parts, x) => {
      let sum = 0;
      for (const [pixel, weight] of parts) sum += (image.luma[row + pixel] ?? 0) * weight;
      narrow[y * columns + x] = sum;
    });
  }
  const out = new Float64Array(rows * columns);
  down.forEach((parts, y) => {
    for (let x = 0; x < columns; x += 1) {
      let sum = 0;
      for (const [pixel, weight] of parts) sum += (narrow[pixel * columns + x] ?? 0) * weight;
      out[y * columns + x] = sum;
    }
  });
  return out;
}

/** The dHash of a 9×8 grid (row by row) as 16 hex digits, first row's first pair in the highest bit. */
export function dhashOfGrid(grid: ArrayLike<number>): string {
  let hex = '';
  let nibble = 0;
  for (let y = 0; y < HASH_ROWS; y += 1) {
    for (let x = 0; x < HASH_COLUMNS - 1; x += 1) {
      const left = grid[y * HASH_COLUMNS + x] ?? 0;
      const right = grid[y * HASH_COLUMNS + x + 1] ?? 0;
      nibble = (nibble << 1) | (right > left ? 1 : 0);
      if (x % 4 === 3) {
        hex += nibble.toString(16);
        nibble = 0;
      }
    }
  }
  return hex;
}

export const dhashOf = (image: GrayImage): string => dhashOfGrid(areaResize(image, HASH_COLUMNS, HASH_ROWS));

const BITS_OF_NIBBLE = [0, 1, 1, 2, 1, 2, 2, 3, 1, 2, 2, 3, 2, 3, 3, 4];

/** How many of the 64 bits differ between two hashes of 16 hex digits. */
export function hammingDistance(a: string, b: string): number {
  if (a.length !== 16 || b.length !== 16) throw new Error('a dHash has 16 hex digits');
  let bits = 0;
  for (let i = 0; i < 16; i += 1) {
    bits += BITS_OF_NIBBLE[Number.parseInt(a[i] as string, 16) ^ Number.parseInt(b[i] as string, 16)] ?? 0;
  }
  return bits;
}
