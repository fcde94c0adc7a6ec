import { describe, expect, it } from 'vitest';
import { decodeGray } from '#functions/photos/domain/decode';
import { areaResize, dhashOf, dhashOfGrid, grayOf, hammingDistance } from '#functions/photos/domain/dhash';
import { isSimilar, SIMILAR_MAX_DISTANCE } from '#functions/photos/domain/similar';
import { drawScene, halvedCopy, sceneJpeg, scenePng } from '#tests/fixtures/photos/scenes';

/** A 9×8 grid whose row y is given by `row(y)` (9 values each). */
const grid = (row: (y: number) => number[]) => Array.from({ length: 8 }, (_, y) => row(y)).flat();
const rising = [0, 1, 2, 3, 4, 5, 6, 7, 8];
const falling = [8, 7, 6, 5, 4, 3, 2, 1, 0];

describe('dHash of a 9×8 grid', () => {
  it('sets a bit where the right neighbour is brighter, first row in the highest bits', () => {
    expect(dhashOfGrid(grid(() => rising))).toBe('ffffffffffffffff');
    expect(dhashOfGrid(grid(() => falling))).toBe('0000000000000000');
    expect(dhashOfGrid(grid((y) => (y === 0 ? rising : falling)))).toBe('ff00000000000000');
    expect(dhashOfGrid(grid((y) => (y === 7 ? rising : falling)))).toBe('00000000000000ff');
    // Row 0: brighter, darker, brighter, equal, … → bits 1010 0000
    expect(dhashOfGrid(grid((y) => (y === 0 ? [0, 5, 1, 9, 9, 9, 9, 9, 9] : falling)))).toBe(
      'a000000000000000',
    );
  });

  it('counts equal neighbours as not brighter', () => {
    expect(dhashOfGrid(grid(() => [3, 3, 3, 3, 3, 3, 3, 3, 3]))).toBe('0000000000000000');
  });
});

describe('Hamming distance', () => {
  it('counts differing bits', () => {
    expect(hammingDistance('ffffffffffffffff', '0000000000000000')).toBe(64);
    expect(hammingDistance('0f00000000000000', '0000000000000000')).toBe(4);
    expect(hammingDistance('8000000000000001', '0000000000000000')).toBe(2);
    expect(hammingDistance('a5a5a5a5a5a5a5a5', 'a5a5a5a5a5a5a5a5')).toBe(0);
  });

  it('refuses a hash of the wrong length', () => {
    expect(() => hammingDistance('fff', '0000000000000000')).toThrow();
  });

  it('calls similar at most SIMILAR_MAX_DISTANCE bits apart', () => {
    expect(SIMILAR_MAX_DISTANCE).toBe(6);
    expect(isSimilar('0000000000000000', ['ffffffffffffffff', '000000000000003f'])).toBe(true); // 6 bits
    expect(isSimilar('0000000000000000', ['000000000000007f'])).toBe(false); // 7 bits
    expect(isSimilar('0000000000000000', [])).toBe(false);
  });
});

describe('area-average resize and luma', () => {
  it('averages the pixels each cell covers, with fractional edges', () => {
    const image = (width: number, height: number, values: number[]) => ({
      width,
      height,
      luma: Float32Array.from(values),
    });
    expect([...areaResize(image(2, 1, [0, 100]), 1, 1)]).toEqual([50]);
    // Three pixels into two cells: cell 0 = (0·1 + 30·½) / 1½ = 10, cell 1 = (30·½ + 60·1) / 1½ = 50
    expect([...areaResize(image(3, 1, [0, 30, 60]), 2, 1)].map((v) => Math.round(v * 1e6) / 1e6)).toEqual([
      10, 50,
    ]);
    expect([...areaResize(image(1, 2, [20, 40]), 1, 1)]).toEqual([30]);
    // Growing: one pixel covers both cells
    expect([...areaResize(image(1, 1, [7]), 2, 1)]).toEqual([7, 7]);
  });

  it('uses BT.601 luma and ignores alpha', () => {
    const red = grayOf(Uint8Array.from([255, 0, 0, 0]), 1, 1, 4);
    expect(red.luma[0]).toBeCloseTo(76.245, 3);
    const grey = grayOf(Uint8Array.from([10, 10, 10]), 1, 1, 3);
    expect(grey.luma[0]).toBeCloseTo(10, 4);
  });

  it('hashes an 18×16 image of 2×2 blocks like the 9×8 grid of those blocks', () => {
    const cells = grid((y) => (y % 2 === 0 ? rising : falling));
    const luma = new Float32Array(18 * 16);
    for (let y = 0; y < 16; y += 1)
      for (let x = 0; x < 18; x += 1) luma[y * 18 + x] = (cells[(y >> 1) * 9 + (x >> 1)] as number) * 20;
    expect(dhashOf({ width: 18, height: 16, luma })).toBe('ff00ff00ff00ff00');
  });
});

describe('perceptual hashes of decoded photos', () => {
  const original = sceneJpeg(drawScene(11, 320, 240), 90);
  const hashOf = (bytes: Uint8Array, type: 'image/jpeg' | 'image/png' = 'image/jpeg') => {
    const image = decodeGray(bytes, type);
    if (!image) throw new Error('not decoded');
    return dhashOf(image);
  };

  it('keeps the same image, halved and re-encoded at lower quality, within the threshold', () => {
    const copy = halvedCopy(original, 55);
    expect(copy.length).toBeLessThan(original.length);
    expect(hammingDistance(hashOf(original), hashOf(copy))).toBeLessThanOrEqual(SIMILAR_MAX_DISTANCE);
  });

  it('keeps the same scene as PNG, or slightly brightened, within the threshold', () => {
    expect(
      hammingDistance(hashOf(original), hashOf(scenePng(drawScene(11, 160, 120)), 'image/png')),
    ).toBeLessThanOrEqual(SIMILAR_MAX_DISTANCE);
    expect(
      hammingDistance(hashOf(original), hashOf(sceneJpeg(drawScene(11, 320, 240, 1.1), 80))),
    ).toBeLessThanOrEqual(SIMILAR_MAX_DISTANCE);
  });

  it('puts other scenes far beyond the threshold', () => {
    for (const seed of [12, 13, 14, 15]) {
      const other = sceneJpeg(drawScene(seed, 320, 240), 90);
      expect(hammingDistance(hashOf(original), hashOf(other)), `seed ${seed}`).toBeGreaterThan(
        2 * SIMILAR_MAX_DISTANCE,
      );
    }
  });

  it('leaves WebP, corrupt files and images over the caps unhashed', () => {
    expect(decodeGray(Buffer.from('RIFF....WEBPVP8 '), 'image/webp')).toBeNull();
    expect(decodeGray(original.subarray(0, 200), 'image/jpeg')).toBeNull();
    expect(decodeGray(Buffer.from('not a png at all, not at all'), 'image/png')).toBeNull();
    // A PNG header claiming 30,000 × 1,000 pixels (30 MP) is refused before anything is inflated
    const huge = Buffer.from(scenePng(drawScene(1, 4, 4)));
    huge.writeUInt32BE(30_000, 16);
    huge.writeUInt32BE(1_000, 20);
    expect(decodeGray(huge, 'image/png')).toBeNull();
  });
});
