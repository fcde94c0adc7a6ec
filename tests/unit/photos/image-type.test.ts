import { describe, expect, it } from 'vitest';
import { judgeUpload, sniffImageType } from '#functions/photos/domain/image-type';

// The first 12 bytes of real files, written out from the formats' signatures (JPEG SOI + APP0, PNG's 8-byte
// signature + IHDR length, RIFF container with its size then the form type), not produced by the code under test.
const bytes = (...values: (number | string)[]) =>
  Uint8Array.from(values.flatMap((v) => (typeof v === 'string' ? [...Buffer.from(v, 'latin1')] : [v])));
const JPEG = bytes(0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 'JFIF', 0x00, 0x01);
const PNG = bytes(0x89, 'PNG', 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d);
const WEBP = bytes('RIFF', 0x24, 0x00, 0x00, 0x00, 'WEBP');
const WAV = bytes('RIFF', 0x24, 0x00, 0x00, 0x00, 'WAVE');
const GIF = bytes('GIF89a', 0x01, 0x00, 0x01, 0x00, 0x80, 0x00);
const SCRIPT = bytes('<script>x=1;');
const MB = 1024 * 1024;

describe('recognising an image by its first bytes', () => {
  it('names JPEG, PNG and WebP', () => {
    // Assess
    expect(sniffImageType(JPEG)).toBe('image/jpeg');
    expect(sniffImageType(PNG)).toBe('image/png');
    expect(sniffImageType(WEBP)).toBe('image/webp');
  });

  it('needs every byte of a signature, not just its first', () => {
    // Assess
    expect(sniffImageType(bytes(0xff, 0x00, 0x00, 0xe0))).toBeNull();
    expect(sniffImageType(bytes(0xff, 0xd8))).toBeNull(); // cut off after two bytes
    expect(sniffImageType(bytes(0x89, 'PNG', 0x00, 0x00, 0x00, 0x00))).toBeNull();
  });

  it('refuses other formats, a RIFF that is not WebP and a WEBP tag outside a RIFF container', () => {
    // Assess
    expect(sniffImageType(GIF)).toBeNull();
    expect(sniffImageType(SCRIPT)).toBeNull();
    expect(sniffImageType(WAV)).toBeNull();
    expect(sniffImageType(bytes('RIFX', 0x24, 0x00, 0x00, 0x00, 'WEBP'))).toBeNull();
    expect(sniffImageType(new Uint8Array(0))).toBeNull();
  });
});

describe('judging an upload', () => {
  it('accepts an image up to 10 MB whose declared type matches its bytes, or that declares none', () => {
    // Assess
    expect(judgeUpload(10 * MB, 'image/jpeg', JPEG)).toEqual({ accepted: true, type: 'image/jpeg' });
    expect(judgeUpload(1, 'image/png', PNG)).toEqual({ accepted: true, type: 'image/png' });
    expect(judgeUpload(2048, undefined, WEBP)).toEqual({ accepted: true, type: 'image/webp' });
  });

  it('rejects an empty object even if a head was read', () => {
    // Assess
    expect(judgeUpload(0, 'image/jpeg', JPEG)).toEqual({ accepted: false, reason: 'empty' });
  });

  it('rejects an object one byte over 10 MB', () => {
    // Assess
    expect(judgeUpload(10 * MB + 1, 'image/jpeg', JPEG)).toEqual({ accepted: false, reason: 'too-large' });
  });

  it('rejects bytes that are no image, whether or not a type was declared', () => {
    // Assess
    expect(judgeUpload(12, 'image/jpeg', SCRIPT)).toEqual({ accepted: false, reason: 'not-an-image' });
    expect(judgeUpload(12, undefined, SCRIPT)).toEqual({ accepted: false, reason: 'not-an-image' });
  });

  it('rejects an image whose declared type is another image type', () => {
    // Assess
    expect(judgeUpload(2048, 'image/png', JPEG)).toEqual({ accepted: false, reason: 'type-mismatch' });
    expect(judgeUpload(2048, 'image/jpeg', WEBP)).toEqual({ accepted: false, reason: 'type-mismatch' });
  });
});
