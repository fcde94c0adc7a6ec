import * as z from 'zod';
import { readEnv } from '#functions/platform/env';
import { deleteObject, presignGet, putObject } from '#functions/platform/s3';

const env = readEnv({ TRANSFERS_BUCKET: z.string().min(3) });
const bucket = env.TRANSFERS_BUCKET;

/** Prefix the label-sheet worker is subscribed to (manifest); it never touches an object outside it. */
export const REQUEST_PREFIX = 'label-requests/';
export const requestKey = (sheetId: string) => `${REQUEST_PREFIX}${sheetId}.json`;
export const sheetKey = (sheetId: string) => `label-sheets/${sheetId}.pdf`;

export const DOWNLOAD_EXPIRES_SECONDS = 60 * 60;

/** A download link valid for an hour, saved under `fileName` (RFC 6266, UTF-8 for Chinese names). */
export function presignSheetDownload(key: string, fileName: string): string {
  const disposition = `attachment; filename="${key.split('/').pop()}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
  return presignGet(bucket, key, DOWNLOAD_EXPIRES_SECONDS, disposition);
}

export async function writeLabelObject(key: string, body: Uint8Array | string, contentType: string) {
  await putObject(bucket, key, body, contentType);
}

export const deleteLabelObject = (key: string) => deleteObject(bucket, key);
