import type { Page } from 'playwright-core';
import { exifTiff } from '#tests/fixtures/photos/images';

/** Now in Beijing wall-clock time as EXIF writes it (`YYYY:MM:DD HH:MM:SS`): what a phone camera records. */
export function exifNow(now = new Date()): string {
  const beijing = new Date(now.getTime() + 8 * 3600_000).toISOString();
  return `${beijing.slice(0, 10).replaceAll('-', ':')} ${beijing.slice(11, 19)}`;
}

/**
 * A camera-like JPEG: `width`×`height` of gradient and noise (so it is large, as camera files are), drawn by the
 * browser, with an APP1 EXIF block (DateTimeOriginal = `takenAt`) spliced in after SOI as cameras write it.
 */
export async function cameraPhoto(
  page: Page,
  width: number,
  height: number,
  takenAt = exifNow(),
): Promise<Buffer> {
  const base64 = await page.evaluate(
    async ({ width, height }) => {
      const canvas = new OffscreenCanvas(width, height);
      const context = canvas.getContext('2d') as OffscreenCanvasRenderingContext2D;
      const gradient = context.createLinearGradient(0, 0, width, height);
      gradient.addColorStop(0, '#6d7f8f');
      gradient.addColorStop(1, '#c9a66b');
      context.fillStyle = gradient;
      context.fillRect(0, 0, width, height);
      let seed = 7;
      const random = () => {
        seed = (seed * 16807) % 2147483647;
        return seed / 2147483647;
      };
      for (let index = 0; index < 4000; index++) {
        context.fillStyle = `hsl(${Math.floor(random() * 360)} 40% ${Math.floor(random() * 80 + 10)}%)`;
        context.fillRect(random() * width, random() * height, random() * 60 + 4, random() * 60 + 4);
      }
      const blob = await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.95 });
      const bytes = new Uint8Array(await blob.arrayBuffer());
      let binary = '';
      for (const byte of bytes) binary += String.fromCharCode(byte);
      return btoa(binary);
    },
    { width, height },
  );
  const jpeg = Buffer.from(base64, 'base64');
  const body = Buffer.concat([Buffer.from('Exif\0\0', 'latin1'), exifTiff(takenAt)]);
  const length = Buffer.from([(body.length + 2) >> 8, (body.length + 2) & 0xff]);
  return Buffer.concat([jpeg.subarray(0, 2), Buffer.from([0xff, 0xe1]), length, body, jpeg.subarray(2)]);
}

/** A JPEG's size from its frame header (SOF0..SOF2). */
export function jpegSize(jpeg: Buffer): { width: number; height: number } {
  let offset = 2;
  while (offset + 9 < jpeg.length && jpeg[offset] === 0xff) {
    const marker = jpeg[offset + 1] as number;
    if (marker >= 0xc0 && marker <= 0xc2)
      return { height: jpeg.readUInt16BE(offset + 5), width: jpeg.readUInt16BE(offset + 7) };
    offset += 2 + jpeg.readUInt16BE(offset + 2);
  }
  throw new Error('no JPEG frame header');
}
