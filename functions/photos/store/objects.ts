export { deleteObject, headObject, type ObjectHead } from '#functions/platform/s3';

import { getObject } from '#functions/platform/s3';

/** The first `bytes` bytes of an object (a ranged GET), enough to check its magic bytes. */
export async function readObjectStart(bucket: string, key: string, bytes: number): Promise<Uint8Array> {
  return (await getObject(bucket, key, `bytes=0-${bytes - 1}`)).subarray(0, bytes);
}
