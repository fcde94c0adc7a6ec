import * as z from 'zod';
import { MAX_AGENCY_IMPORT_BYTES } from '#functions/agencies/transfer-schemas';
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

// Read here, not in a module every agencies function loads: only the transfer group and workers have the bucket.
const env = readEnv({ TRANSFERS_BUCKET: z.string().min(3) });
const bucket = env.TRANSFERS_BUCKET;

const UPLOAD_EXPIRES_SECONDS = 10 * 60;
const DOWNLOAD_EXPIRES_SECONDS = 60 * 60;
export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A presigned POST for one import file: our key, 1 B–5 MB, fixed Content-Type, 10 minutes (the worker checks again). */
export function presignAgencyUpload(key: string, contentType: string): PresignedPost {
  return presignPost(bucket, key, {
    conditions: [
      ['content-length-range', 1, MAX_AGENCY_IMPORT_BYTES],
      ['eq', '$key', key],
    ],
    fields: { 'Content-Type': contentType },
    expiresIn: UPLOAD_EXPIRES_SECONDS,
  });
}

/** A download link valid for an hour, saved under `fileName` (RFC 6266, UTF-8 for Chinese names). */
export function presignAgencyDownload(key: string, fileName: string): string {
  const disposition = `attachment; filename="${key.split('/').pop()}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
  return presignGet(bucket, key, DOWNLOAD_EXPIRES_SECONDS, disposition);
}

export const transferObjectSize = async (key: string) => (await headObject(bucket, key))?.size ?? null;
export const readTransferObject = (key: string): Promise<Uint8Array> => getObject(bucket, key);
export const writeTransferObject = (key: string, body: Uint8Array | string, contentType: string) =>
  putObject(bucket, key, body, contentType);
export const deleteTransferObject = (key: string): Promise<void> => deleteObject(bucket, key);
