import {
  DeleteObjectCommand,
  GetObjectCommand,
  HeadObjectCommand,
  PutObjectCommand,
} from '@aws-sdk/client-s3';
import type { PresignedPost } from '@aws-sdk/s3-presigned-post';
import * as z from 'zod';
import { readEnv } from '#functions/platform/env';
import { presignClient, s3Client } from '#functions/platform/s3';

const env = readEnv({ TRANSFERS_BUCKET: z.string().min(3) });
const bucket = env.TRANSFERS_BUCKET;

export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;
export const UPLOAD_EXPIRES_SECONDS = 10 * 60;
export const DOWNLOAD_EXPIRES_SECONDS = 60 * 60;

/**
 * A presigned POST for one import file: the key is ours, the size 1 B–20 MB, the Content-Type fixed, valid for
 * 10 minutes. s3rver enforces none of it, so the worker checks the object again (ARCHITECTURE.md §7).
 */
export async function presignUpload(key: string, contentType: string): Promise<PresignedPost> {
  // Loaded on first use: the presigners are half of this group's cold start, and most calls read tasks.
  const { createPresignedPost } = await import('@aws-sdk/s3-presigned-post');
  return createPresignedPost(presignClient, {
    Bucket: bucket,
    Key: key,
    Conditions: [
      ['content-length-range', 1, MAX_IMPORT_BYTES],
      ['eq', '$key', key],
    ],
    Fields: { 'Content-Type': contentType },
    Expires: UPLOAD_EXPIRES_SECONDS,
  });
}

/** A download link valid for an hour, saved under `fileName` (RFC 6266, UTF-8 for Chinese names). */
export async function presignDownload(key: string, fileName: string): Promise<string> {
  const { getSignedUrl } = await import('@aws-sdk/s3-request-presigner');
  const disposition = `attachment; filename="${key.split('/').pop()}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
  const command = new GetObjectCommand({ Bucket: bucket, Key: key, ResponseContentDisposition: disposition });
  return getSignedUrl(presignClient, command, { expiresIn: DOWNLOAD_EXPIRES_SECONDS });
}

export async function transferObjectSize(key: string): Promise<number | null> {
  try {
    return (await s3Client.send(new HeadObjectCommand({ Bucket: bucket, Key: key }))).ContentLength ?? 0;
  } catch (error) {
    if ((error as { name?: string }).name === 'NotFound') return null;
    throw error;
  }
}

export async function readTransferObject(key: string): Promise<Uint8Array> {
  const object = await s3Client.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
  return (await object.Body?.transformToByteArray()) ?? new Uint8Array();
}

export async function writeTransferObject(
  key: string,
  body: Uint8Array | string,
  contentType: string,
): Promise<void> {
  await s3Client.send(
    new PutObjectCommand({ Bucket: bucket, Key: key, Body: body, ContentType: contentType }),
  );
}

export async function deleteTransferObject(key: string): Promise<void> {
  await s3Client.send(new DeleteObjectCommand({ Bucket: bucket, Key: key }));
}
