import type { S3Event } from 'aws-lambda';
import { photosBucket } from '#functions/photos/store/objects';
import { checkPhotoObject } from '#functions/photos/store/verify';
import { now } from '#functions/platform/clock';
import { logger } from '#functions/platform/logger';
import { decodeEventKey } from '#functions/platform/s3-keys';

/**
 * Checks every new object of the photos bucket: s3rver enforces no POST policy, so this server-side check is
 * what protects both hosts. A photo becomes VERIFIED only here; anything else is deleted. Delivering an event
 * twice is harmless: `accepted` counts photos verified now or already, `rejected` objects deleted.
 */
export async function handler(event: S3Event): Promise<{ accepted: number; rejected: number }> {
  let accepted = 0;
  let rejected = 0;
  for (const record of event.Records) {
    const bucket = record.s3.bucket.name;
    const key = decodeEventKey(record.s3.object.key);
    // An empty key names no object (a HEAD on it would address the bucket itself): nothing to check.
    if (key === '' || bucket !== photosBucket) {
      logger.warn('upload event ignored: no object key, or not the photos bucket', { bucket, key });
      continue;
    }
    const outcome = await checkPhotoObject(key, now());
    if (outcome === 'verified' || outcome === 'unchanged') accepted += 1;
    if (outcome === 'rejected' || outcome === 'deleted') rejected += 1;
  }
  return { accepted, rejected };
}
