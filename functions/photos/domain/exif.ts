import exifr from 'exifr';
import { captureInstant } from '#functions/photos/domain/capture';

/** Bytes read from the start of an object: its type and its EXIF block (≤ 64 KiB in a JPEG's APP1) lie there. */
export const HEAD_BYTES = 128 * 1024;

/**
 * The EXIF capture time (DateTimeOriginal) of an image from its first bytes, as an ISO instant read in Beijing
 * time. `reviveValues: false` keeps exifr from turning the zone-less value into a Date in the process's zone.
 * An image without EXIF, or whose EXIF lies beyond the bytes read, has none.
 */
export async function captureTimeOf(head: Uint8Array): Promise<string | undefined> {
  try {
    const tags = (await exifr.parse(Buffer.from(head.buffer, head.byteOffset, head.byteLength), {
      pick: ['DateTimeOriginal'],
      reviveValues: false,
    })) as { DateTimeOriginal?: unknown } | undefined;
    return captureInstant(tags?.DateTimeOriginal);
  } catch {
    return undefined;
  }
}
