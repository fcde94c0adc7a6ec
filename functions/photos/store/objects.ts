import { DeleteObjectCommand, GetObjectCommand, HeadObjectCommand } from '@aws-sdk/client-s3';
import { s3Client } from '#functions/platform/s3';

export interface ObjectHead {
  size: number;
  contentType: string | undefined;
}

export async function headObject(bucket: string, key: string): Promise<ObjectHead | null> {
  try {
    const head = await s3Client.send(new HeadObjectCommand({ Bucket: bucket, Key: key }));
    return { size: head.ContentLength ?? 0, contentType: head.ContentType };
  } catch (error) {
    if ((error as { name?: string }).name === 'NotFound') return null;
    throw error;
  }
}

/** The first `bytes` bytes of an object (a ranged GET), enough to check its magic bytes. */
export async function readObjectStart(bucket: string, key: string, bytes: number): Promise<Uint8Array> {
  const object = await s3Client.send(
    new GetObjectCommand({ Bucket: bucket, Key: key, Range: `bytes=0-${bytes - 1}` }),
  );
  const body = await object.Body?.transformToByteArray();
  return body?.subarray(0, bytes) ?? new Uint8Array();
}

export async function deleteObject(bucket: string, key: string): Promise<void> {
  await s3Client.send(new DeleteObjectCommand({ Bucket: bucket, Key: key }));
}
