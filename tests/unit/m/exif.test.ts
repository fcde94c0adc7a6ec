import { describe, expect, it } from 'vitest';
import { jpegPhoto } from '#tests/fixtures/photos/images';
import { exifSegment, uprightExif, withExif } from '../../../admin/src/m/photos/exif';

/** An APP1 EXIF segment whose IFD0 holds one entry: Orientation (0x0112, SHORT) = `orientation`. */
function orientationSegment(orientation: number, order: 'II' | 'MM'): Uint8Array {
  const little = order === 'II';
  const tiff = new DataView(new ArrayBuffer(8 + 2 + 12 + 4));
  tiff.setUint16(0, little ? 0x4949 : 0x4d4d);
  tiff.setUint16(2, 42, little);
  tiff.setUint32(4, 8, little);
  tiff.setUint16(8, 1, little);
  tiff.setUint16(10, 0x0112, little);
  tiff.setUint16(12, 3, little);
  tiff.setUint32(14, 1, little);
  tiff.setUint16(18, orientation, little);
  const body = new Uint8Array([...Buffer.from('Exif\0\0', 'latin1'), ...new Uint8Array(tiff.buffer)]);
  const length = body.length + 2;
  return new Uint8Array([0xff, 0xe1, length >> 8, length & 0xff, ...body]);
}

const orientationOf = (segment: Uint8Array, order: 'II' | 'MM') =>
  new DataView(segment.buffer, segment.byteOffset).getUint16(10 + 8 + 2 + 8, order === 'II');

describe('the EXIF block carried over to a compressed photo', () => {
  it('finds the APP1 EXIF segment of a camera JPEG, DateTimeOriginal included', () => {
    // Prepare
    const photo = new Uint8Array(jpegPhoto({ takenAt: '2026:12:02 09:30:00' }));

    // Act
    const segment = exifSegment(photo);

    // Assess
    expect(segment?.subarray(0, 2)).toEqual(new Uint8Array([0xff, 0xe1]));
    expect(Buffer.from(segment ?? []).toString('latin1')).toContain('2026:12:02 09:30:00');
  });

  it('finds nothing in a JPEG without EXIF, nor in bytes that are no JPEG', () => {
    // Prepare
    const plain = new Uint8Array(jpegPhoto());
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

    // Act / Assess
    expect(exifSegment(plain)).toBeUndefined();
    expect(exifSegment(png)).toBeUndefined();
    expect(exifSegment(new Uint8Array([0xff, 0xd8, 0xff, 0xe1, 0x40, 0x00]))).toBeUndefined(); // cut short
  });

  it('puts the segment right after SOI of a canvas JPEG, so readers find the capture time again', () => {
    // Prepare
    const segment = exifSegment(new Uint8Array(jpegPhoto({ takenAt: '2026:12:02 09:30:00' })));
    const canvasJpeg = new Uint8Array(jpegPhoto({ nonce: 'canvas' }));

    // Act
    const joined = withExif(canvasJpeg, segment);

    // Assess
    expect(joined.length).toBe(canvasJpeg.length + (segment?.length ?? 0));
    expect(joined.subarray(2, 4)).toEqual(new Uint8Array([0xff, 0xe1]));
    expect(exifSegment(joined)).toEqual(segment);
    expect(joined.subarray(2 + (segment?.length ?? 0))).toEqual(canvasJpeg.subarray(2));
  });

  it('leaves the JPEG as it is when there is no segment or it has EXIF already', () => {
    // Prepare
    const segment = exifSegment(new Uint8Array(jpegPhoto({ takenAt: '2026:12:02 09:30:00' })));
    const withOwn = new Uint8Array(jpegPhoto({ takenAt: '2025:01:01 00:00:00' }));
    const plain = new Uint8Array(jpegPhoto());

    // Act / Assess
    expect(withExif(plain, undefined)).toBe(plain);
    expect(withExif(withOwn, segment)).toBe(withOwn);
  });

  it.each(['II', 'MM'] as const)(
    'says upright (1) where the camera said rotate (6), byte order %s',
    (order) => {
      // Prepare
      const segment = orientationSegment(6, order);

      // Act
      const upright = uprightExif(segment);

      // Assess
      expect(orientationOf(upright, order)).toBe(1);
      expect(orientationOf(segment, order)).toBe(6); // the original is not touched
      expect(upright.length).toBe(segment.length);
    },
  );
});
