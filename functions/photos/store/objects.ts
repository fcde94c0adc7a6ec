import * as z from 'zod';
import { MAX_UPLOAD_BYTES } from '#functions/photos/domain/image-type';
import { callS3 } from '#functions/platform/aws/s3-rest';
import { optionalUrl, readEnv } from '#functions/platform/env';
import {
  deleteObject,
  getObject,
  type PolicyCondition,
  type PresignedPost,
  presignGet,
  presignPost,
} from '#functions/platform/s3';

const env = readEnv({ PHOTOS_BUCKET: z.string().min(3), S3_ENDPOINT: optionalUrl });
export const photosBucket = env.PHOTOS_BUCKET;

export const UPLOAD_EXPIRES_SECONDS = 5 * 60;
export const VIEW_EXPIRES_SECONDS = 5 * 60;
/** The form field (object metadata) naming who was granted the upload; the policy pins it. */
export const UPLOADER_FIELD = 'x-amz-meta-uploader';

/** The exact conditions of a photo's upload form, besides the fields presignPost pins itself. */
export function uploadConditions(key: string, contentType: string): PolicyCondition[] {
  return [
    ['content-length-range', 1, MAX_UPLOAD_BYTES],
    ['eq', '$key', key],
    ['eq', '$Content-Type', contentType],
  ];
}

/** A presigned POST for one photo: exactly `key`, 1 B–10 MB, the one Content-Type, 5 minutes, its uploader. */
export function presignPhotoUpload(key: string, contentType: string, uploadedBy: string): PresignedPost {
  return presignPost(photosBucket, key, {
    conditions: uploadConditions(key, contentType),
    fields: { 'Content-Type': contentType, [UPLOADER_FIELD]: uploadedBy },
    expiresIn: UPLOAD_EXPIRES_SECONDS,
  });
}

export function presignPhotoView(key: string): string {
  return presignGet(photosBucket, key, VIEW_EXPIRES_SECONDS);
}

export interface PhotoObjectHead {
  size: number;
  contentType: string | undefined;
  uploader: string | undefined;
}

/** The object's size, type and uploader metadata, or null when there is no such object. */
export async function headPhotoObject(key: string): Promise<PhotoObjectHead | null> {
  try {
    const { headers } = await callS3(env.S3_ENDPOINT, { method: 'HEAD', bucket: photosBucket, key });
    const text = (name: string) => headers[name] as string | undefined;
    return {
      size: Number(text('content-length') ?? 0),
      contentType: text('content-type'),
      uploader: text(UPLOADER_FIELD),
    };
  } catch (error) {
    if ((error as { name?: string }).name === 'NotFound') return null;
    throw error;
  }
}

/** The first `bytes` bytes of an object (a ranged GET): its type and EXIF. */
export async function readPhotoStart(key: string, bytes: number): Promise<Uint8Array> {
  return (await getObject(photosBucket, key, `bytes=0-${bytes - 1}`)).subarray(0, bytes);
}

export const readPhotoObject = (key: string) => getObject(photosBucket, key);
export const deletePhotoObject = (key: string) => deleteObject(photosBucket, key);
