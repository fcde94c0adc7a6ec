import * as z from 'zod';
import { readEnv } from '#functions/platform/env';
import { logger } from '#functions/platform/logger';
import {
  abortMultipartUpload,
  completeMultipartUpload,
  createMultipartUpload,
  uploadPart,
} from '#functions/platform/s3';

const env = readEnv({ TRANSFERS_BUCKET: z.string().min(3) });
const bucket = env.TRANSFERS_BUCKET;

/** S3's smallest part but the last; a part is sent once this much is buffered. */
export const PART_BYTES = 5 * 1024 * 1024;

/** Where a streaming writer puts its bytes: `write` buffers (synchronously), `flush` sends every full part. */
export interface PartSink {
  write(bytes: Uint8Array): void;
  flush(): Promise<void>;
}

const joined = (pieces: readonly Uint8Array[], length: number) => {
  const out = new Uint8Array(length);
  let at = 0;
  for (const piece of pieces) {
    out.set(piece, at);
    at += piece.length;
  }
  return out;
};

/**
 * Writes `key` as a multipart upload while `produce` makes its bytes, so the object never sits in memory: a part
 * (at least 5 MiB) goes out at each `flush` once enough is buffered, the rest as the last part when `produce` is
 * done, then the object is assembled. If anything fails, the upload is aborted and the error passed on.
 */
export async function writeTransferObjectInParts(
  key: string,
  contentType: string,
  produce: (sink: PartSink) => Promise<void>,
): Promise<{ parts: number; bytes: number }> {
  const uploadId = await createMultipartUpload(bucket, key, contentType);
  const parts: { partNumber: number; eTag: string }[] = [];
  let pending: Uint8Array[] = [];
  let pendingBytes = 0;
  let bytes = 0;
  const sendPart = async () => {
    const body = joined(pending, pendingBytes);
    pending = [];
    pendingBytes = 0;
    const partNumber = parts.length + 1;
    parts.push({ partNumber, eTag: await uploadPart(bucket, key, uploadId, partNumber, body) });
  };
  const sink: PartSink = {
    write(piece) {
      pending.push(piece);
      pendingBytes += piece.length;
      bytes += piece.length;
    },
    async flush() {
      if (pendingBytes >= PART_BYTES) await sendPart();
    },
  };
  try {
    await produce(sink);
    if (pendingBytes > 0 || parts.length === 0) await sendPart();
    await completeMultipartUpload(bucket, key, uploadId, parts);
    return { parts: parts.length, bytes };
  } catch (error) {
    pending = [];
    try {
      await abortMultipartUpload(bucket, key, uploadId);
    } catch (abortError) {
      // s3rver implements no abort (405); the bucket's lifecycle rule removes incomplete uploads after a day.
      logger.warn('multipart upload not aborted', { key, abortError });
    }
    throw error;
  }
}
