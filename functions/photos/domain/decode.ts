import decodeJpeg from 'jpeg-js/lib/decoder.js';
import parsePng from 'pngjs/lib/parser-sync.js';
import { type GrayImage, grayOf } from '#functions/photos/domain/dhash';
import type { ImageType } from '#functions/photos/domain/image-type';

/**
 * Caps on what the worker (512 MB) decodes. The phone page uploads ≤ 1600 px (2.6 MP: ~45 MB, ~0.3 s); a 12 MP
 * camera original sent as it is takes ~206 MB by jpeg-js's own count and ~1.5 s. Anything larger is left
 * unhashed (verified, never similar) rather than exhausting the function.
 */
export const MAX_DECODE_MEGAPIXELS = 16;
export const MAX_DECODE_MEMORY_MB = 240;

/** Width and height from a PNG's IHDR (bytes 16–23), read before inflating anything. */
function pngSize(bytes: Uint8Array): { width: number; height: number } | null {
  if (bytes.length < 24) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

/**
 * The grayscale image of a JPEG or PNG, or null when it cannot or should not be decoded: WebP (no pure-JS
 * decoder small enough for a Lambda), a corrupt file, or more than the caps above.
 */
export function decodeGray(bytes: Uint8Array, type: ImageType): GrayImage | null {
  try {
    if (type === 'image/jpeg') {
      const image = decodeJpeg(bytes, {
        useTArray: true,
        formatAsRGBA: false,
        tolerantDecoding: true,
        maxResolutionInMP: MAX_DECODE_MEGAPIXELS,
        maxMemoryUsageInMB: MAX_DECODE_MEMORY_MB,
      });
      return grayOf(image.data, image.width, image.height, 3);
    }
    if (type === 'image/png') {
      const size = pngSize(bytes);
      if (!size || size.width * size.height > MAX_DECODE_MEGAPIXELS * 1e6) return null;
      const image = parsePng(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), {});
      return grayOf(image.data, image.width, image.height, 4);
    }
    return null;
  } catch {
    return null;
  }
}
