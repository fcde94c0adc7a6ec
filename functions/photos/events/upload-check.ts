import type { S3Event } from 'aws-lambda';
import { judgeUpload, SNIFF_BYTES } from '#functions/photos/domain/image-type';
import { deleteObject, headObject, readObjectStart } from '#functions/photos/store/objects';
import { logger } from '#functions/platform/logger';
import { decodeEventKey } from '#functions/platform/s3-keys';

/**
 * Checks every new object: s3rver enforces no POST policy, so the server-side check is what protects both hosts.
 * Objects that are not the images they claim to be are deleted. Delivering an event twice is harmless.
 */
export async function handler(event: S3Event): Promise<{ accepted: number; rejected: number }> {
  let accepted = 0;
  let rejected = 0;
  for (const record of event.Records) {
    const bucket = record.s3.bucket.name;
    const key = decodeEventKey(record.s3.object.key);
    // An empty key names no object (a HEAD on it would address the bucket itself): nothing to check.
    if (key === '') {
      logger.warn('upload event without an object key ignored', { bucket });
      continue;
    }
    const head = await headObject(bucket, key);
    if (!head) continue;
    const verdict = judgeUpload(head.size, head.contentType, await readObjectStart(bucket, key, SNIFF_BYTES));
    if (verdict.accepted) {
      accepted += 1;
      continue;
    }
    rejected += 1;
    logger.warn('upload rejected and deleted', { bucket, key, size: head.size, reason: verdict.reason });
    await deleteObject(bucket, key);
  }
  return { accepted, rejected };
}
