import * as z from 'zod';
import { readEnv } from '#functions/platform/env';
import {
  deleteObject,
  getObject,
  headObject,
  type PresignedPost,
  presignGet,
  presignPost,
  putObject,
} from '#functions/platform/s3';

const env = readEnv({ TRANSFERS_BUCKET: z.string().min(3) });
const bucket = env.TRANSFERS_BUCKET;

export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;
export const UPLOAD_EXPIRES_SECONDS = 10 * 60;
export const DOWNLOAD_EXPIRES_SECONDS = 60 * 60;

/**
 * A presigned POST for one import file: the key is ours, the size 1 B–20 MB, the Content-Type fixed, valid for
 * 10 minutes. s3rver enforces none of it (the gateway's /s3/ does), and the worker checks the object again
 * (ARCHITECTURE.md §7).
 */
export function presignUpload(key: string, contentType: string): PresignedPost {
  return presignPost(bucket, key, {
    conditions: [
      ['content-length-range', 1, MAX_IMPORT_BYTES],
      ['eq', '$key', key],
    ],
    fields: { 'Content-Type': contentType },
    expiresIn: UPLOAD_EXPIRES_SECONDS,
  });
}

/** A download link valid for an hour, saved under `fileName` (RFC 6266, UTF-8 for Chinese names). */
export function presignDownload(key: string, fileName: string): string {
  const disposition = `attachment; filename="${key.split('/').pop()}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
  return presignGet(bucket, key, DOWNLOAD_EXPIRES_SECONDS, disposition);
}

export async function transferObjectSize(key: string): Promise<number | null> {
  return (await headObject(bucket, key))?.size ?? null;
}

export const readTransferObject = (key: string): Promise<Uint8Array> => getObject(bucket, key);

export async function writeTransferObject(key: string, body: Uint8Array | string, contentType: string) {
  await putObject(bucket, key, body, contentType);
}

export async function deleteTransferObject(key: string): Promise<void> {
  await deleteObject(bucket, key);
}
