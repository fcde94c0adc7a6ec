import type { S3Event } from 'aws-lambda';
import { runExport } from '#functions/enterprises/events/export-run';
import { deleteTransferObject } from '#functions/enterprises/store/transfer-objects';
import { claimTransferTask, releaseRun } from '#functions/enterprises/store/transfer-runs';
import { now } from '#functions/platform/clock';
import { isConditionFailure } from '#functions/platform/conditions';
import { logger } from '#functions/platform/logger';
import { decodeEventKey, isUnderPrefix } from '#functions/platform/s3-keys';

/** The prefix this worker is subscribed to (manifest); it never touches an object outside it. */
const REQUEST_PREFIX = 'export-requests/';
/** `export-requests/<taskId>.json`, written by POST /api/enterprise-exports right after its task. */
const REQUEST_KEY = /^export-requests\/([0-9A-HJKMNP-TV-Z]{26})\.json$/;

/**
 * The object's content is not trusted: the task item says who asked for what. An unknown key under
 * `export-requests/` is deleted; a key outside it is not ours: logged and skipped, never deleted.
 */
async function exportFor(key: string, eTag: string) {
  if (!isUnderPrefix(key, REQUEST_PREFIX)) {
    logger.warn('export event for a key outside export-requests/ ignored', { key });
    return { key, skipped: 'outsidePrefix' as const };
  }
  const taskId = REQUEST_KEY.exec(key)?.[1];
  const claim = taskId
    ? await claimTransferTask('export', taskId, key, eTag, now())
    : ({ skip: 'unknown' } as const);
  if ('skip' in claim) {
    if (claim.skip === 'unknown') {
      logger.warn('export request without a task deleted', { key });
      await deleteTransferObject(key);
    }
    return { key, skipped: claim.skip };
  }
  const started = performance.now();
  try {
    const result = await runExport(claim.run, claim.task);
    const ms = Math.round(performance.now() - started);
    logger.info('export done', {
      key,
      ms,
      rows: result.total,
      rowsPerSecond: Math.round((result.total / Math.max(ms, 1)) * 1000),
    });
    return { key, ...result };
  } catch (error) {
    if (isConditionFailure(error)) return { key, skipped: 'superseded' };
    logger.error('export failed', { key, error });
    await releaseRun(
      claim.run,
      claim.task.attempts,
      '导出过程中出错，请稍后重试；如仍失败请联系管理员',
      now(),
    );
    throw error;
  }
}

/** S3 ObjectCreated under `export-requests/`: one export per request object. */
export async function handler(event: S3Event) {
  const results = [];
  for (const record of event.Records)
    results.push(await exportFor(decodeEventKey(record.s3.object.key), record.s3.object.eTag ?? ''));
  return results;
}
