import type { S3Event } from 'aws-lambda';
import { REQUEST_KEY, REQUEST_PREFIX } from '#functions/grid-coverage/domain/assignment';
import { runAssignment } from '#functions/grid-coverage/events/assign-run';
import { assignment } from '#functions/grid-coverage/store/entities/assignment';
import { now } from '#functions/platform/clock';
import { logger } from '#functions/platform/logger';
import { decodeEventKey, isUnderPrefix } from '#functions/platform/s3-keys';

/**
 * The object's content is not trusted: its key names the assignment, and the assignment item says what to do.
 * A key outside `grid-assignments/` or naming no assignment is logged and skipped.
 */
async function assignFor(key: string) {
  if (!isUnderPrefix(key, REQUEST_PREFIX)) {
    logger.warn('grid assignment event for a key outside grid-assignments/ ignored', { key });
    return { key, skipped: 'outsidePrefix' as const };
  }
  const assignmentId = REQUEST_KEY.exec(key)?.[1];
  const { data } = assignmentId
    ? await assignment.get({ assignmentId }).go({ consistent: true })
    : { data: null };
  if (!data || data.objectKey !== key) {
    logger.warn('grid assignment request without an assignment ignored', { key });
    return { key, skipped: 'unknown' as const };
  }
  const started = performance.now();
  const result = await runAssignment(data, now);
  logger.info('grid assignment worked', { key, ms: Math.round(performance.now() - started), ...result });
  return { key, ...result };
}

/** S3 ObjectCreated under `grid-assignments/`: one bulk assignment per request object (retried safely). */
export async function handler(event: S3Event) {
  const results = [];
  for (const record of event.Records) results.push(await assignFor(decodeEventKey(record.s3.object.key)));
  return { results };
}
