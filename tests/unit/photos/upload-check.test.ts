import type { S3Event } from 'aws-lambda';
import { beforeEach, describe, expect, it } from 'vitest';
import { handler } from '#functions/photos/events/upload-check';
import { s3Wire } from '#tests/fixtures/s3-wire';

const s3 = s3Wire();
const BUCKET = 'changan-photos';
const JPEG_HEAD = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46, 0, 1]);
const jpeg = (bytes: number) => Buffer.concat([JPEG_HEAD, Buffer.alloc(bytes - JPEG_HEAD.length)]);

function objectCreated(key: string): S3Event {
  return {
    Records: [
      { eventName: 'ObjectCreated:Post', s3: { bucket: { name: BUCKET }, object: { key, size: 1 } } },
    ],
  } as unknown as S3Event;
}

describe('the upload check', () => {
  beforeEach(() => s3.reset());

  it('keeps a JPEG whose bytes match its declared type, reading only its first bytes', async () => {
    // Prepare
    s3.put(BUCKET, 'dust/d1/e1/2026-11-30/01J.jpg', jpeg(2048), 'image/jpeg');

    // Act
    const result = await handler(objectCreated('dust/d1/e1/2026-11-30/01J.jpg'));

    // Assess
    expect(result).toEqual({ accepted: 1, rejected: 0 });
    expect(s3.callsOf('DELETE')).toHaveLength(0);
    expect(s3.callsOf('GET')).toEqual([
      { method: 'GET', bucket: BUCKET, key: 'dust/d1/e1/2026-11-30/01J.jpg', range: 'bytes=0-11' },
    ]);
    expect(s3.objects.has(`${BUCKET}/dust/d1/e1/2026-11-30/01J.jpg`)).toBe(true);
  });

  it('deletes an object that claims to be a JPEG but is not an image', async () => {
    // Prepare
    s3.put(BUCKET, 'dust/d1/e1/2026-11-30/fake photo.jpg', '<script>alert(1)</script>', 'image/jpeg');

    // Act
    const result = await handler(objectCreated('dust/d1/e1/2026-11-30/fake+photo.jpg'));

    // Assess
    expect(result).toEqual({ accepted: 0, rejected: 1 });
    expect(s3.callsOf('DELETE')).toEqual([
      { method: 'DELETE', bucket: BUCKET, key: 'dust/d1/e1/2026-11-30/fake photo.jpg' },
    ]);
    expect(s3.objects.size).toBe(0);
  });

  it('deletes an oversize object even when its first bytes are a JPEG’s', async () => {
    // Prepare
    s3.put(BUCKET, 'dust/big.jpg', jpeg(11 * 1024 * 1024), 'image/jpeg');

    // Act
    const result = await handler(objectCreated('dust/big.jpg'));

    // Assess
    expect(result).toEqual({ accepted: 0, rejected: 1 });
    expect(s3.callsOf('DELETE')).toHaveLength(1);
    expect(s3.objects.size).toBe(0);
  });

  it('ignores an event whose object is already gone, as when an event is delivered twice', async () => {
    // Act
    const result = await handler(objectCreated('dust/gone.jpg'));

    // Assess
    expect(result).toEqual({ accepted: 0, rejected: 0 });
    expect(s3.callsOf('DELETE')).toHaveLength(0);
  });
});
