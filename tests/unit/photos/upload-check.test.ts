import { DeleteObjectCommand, GetObjectCommand, HeadObjectCommand, S3Client } from '@aws-sdk/client-s3';
import type { S3Event } from 'aws-lambda';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { handler } from '#functions/photos/events/upload-check';

const s3 = mockClient(S3Client);
const JPEG_HEAD = [0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46, 0, 1];

function objectCreated(key: string): S3Event {
  return {
    Records: [
      {
        eventName: 'ObjectCreated:Post',
        s3: { bucket: { name: 'changan-photos' }, object: { key, size: 1 } },
      },
    ],
  } as unknown as S3Event;
}

/** The part of the SDK's streaming body the handler uses. */
function bodyOf(bytes: number[]) {
  return { transformToByteArray: async () => Uint8Array.from(bytes) } as never;
}

describe('the upload check', () => {
  beforeEach(() => s3.reset());

  it('keeps a JPEG whose bytes match its declared type', async () => {
    // Prepare
    s3.on(HeadObjectCommand).resolves({ ContentLength: 2048, ContentType: 'image/jpeg' });
    s3.on(GetObjectCommand).resolves({ Body: bodyOf(JPEG_HEAD) });

    // Act
    const result = await handler(objectCreated('dust/d1/e1/2026-11-30/01J.jpg'));

    // Assess
    expect(result).toEqual({ accepted: 1, rejected: 0 });
    expect(s3.commandCalls(DeleteObjectCommand)).toHaveLength(0);
    expect(s3.commandCalls(GetObjectCommand)[0]?.args[0].input).toMatchObject({ Range: 'bytes=0-11' });
  });

  it('deletes an object that claims to be a JPEG but is not an image', async () => {
    // Prepare
    s3.on(HeadObjectCommand).resolves({ ContentLength: 30, ContentType: 'image/jpeg' });
    s3.on(GetObjectCommand).resolves({ Body: bodyOf([...Buffer.from('<script>alert')]) });

    // Act
    const result = await handler(objectCreated('dust/d1/e1/2026-11-30/fake+photo.jpg'));

    // Assess
    expect(result).toEqual({ accepted: 0, rejected: 1 });
    expect(s3.commandCalls(DeleteObjectCommand)[0]?.args[0].input).toEqual({
      Bucket: 'changan-photos',
      Key: 'dust/d1/e1/2026-11-30/fake photo.jpg',
    });
  });

  it('deletes an oversize object without reading it as an image', async () => {
    // Prepare
    s3.on(HeadObjectCommand).resolves({ ContentLength: 11 * 1024 * 1024, ContentType: 'image/jpeg' });
    s3.on(GetObjectCommand).resolves({ Body: bodyOf(JPEG_HEAD) });

    // Act
    const result = await handler(objectCreated('dust/big.jpg'));

    // Assess
    expect(result).toEqual({ accepted: 0, rejected: 1 });
    expect(s3.commandCalls(DeleteObjectCommand)).toHaveLength(1);
  });

  it('ignores an event whose object is already gone, as when an event is delivered twice', async () => {
    // Prepare
    s3.on(HeadObjectCommand).rejects(Object.assign(new Error('Not Found'), { name: 'NotFound' }));

    // Act
    const result = await handler(objectCreated('dust/gone.jpg'));

    // Assess
    expect(result).toEqual({ accepted: 0, rejected: 0 });
    expect(s3.commandCalls(DeleteObjectCommand)).toHaveLength(0);
  });
});
