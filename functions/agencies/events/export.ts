import type { S3Event } from 'aws-lambda';
import { runAgencyExport } from '#functions/agencies/events/export-run';
import { deleteTransferObject } from '#functions/agencies/store/transfer-objects';
import { claimAgencyTransfer, releaseAgencyRun } from '#functions/agencies/store/transfer-runs';
import { now } from '#functions/platform/clock';
import { isConditionFailure } from '#functions/platform/conditions';
import { logger } from '#functions/platform/logger';
import { decodeEventKey, isUnderPrefix } from '#functions/platform/s3-keys';

/** The prefix this worker is subscribed to (manifest); it never touches an object outside it. */
const REQUEST_PREFIX = 'agency-export-requests/';
/** `agency-export-requests/<taskId>.json`, written by POST /api/agency-exports right after its task. */
const REQUEST_KEY = /^agency-export-requests\/([0-9A-HJKMNP-TV-Z]{26})\.json$/;

/** The object's content is not trusted: the task item says who asked for what. */
async function exportFor(key: string, eTag: string) {
  if (!isUnderPrefix(key, REQUEST_PREFIX)) {
    logger.warn('agency export event for a key outside agency-export-requests/ ignored', { key });
    return { key, skipped: 'outsidePrefix' as const };
  }
  const taskId = REQUEST_KEY.exec(key)?.[1];
  const claim = taskId
    ? await claimAgencyTransfer('export', taskId, key, eTag, now())
    : ({ skip: 'unknown' } as const);
  if ('skip' in claim) {
    if (claim.skip === 'unknown') {
      logger.warn('agency export request without a task deleted', { key });
      await deleteTransferObject(key);
    }
    return { key, skipped: claim.skip };
  }
  try {
    const result = await runAgencyExport(claim.run, claim.task);
    logger.info('agency export done', { key, rows: result.total });
    return { key, ...result };
  } catch (error) {
    if (isConditionFailure(error)) return { key, skipped: 'superseded' };
    logger.error('agency export failed', { key, error });
    const message = '导出过程中出错，请稍后重试；如仍失败请联系管理员';
    await releaseAgencyRun(claim.run, claim.task.attempts, message, now());
    throw error;
  }
}

/** S3 ObjectCreated under `agency-export-requests/`: one export per request object. */
export async function handler(event: S3Event) {
  const results = [];
  for (const record of event.Records)
    results.push(await exportFor(decodeEventKey(record.s3.object.key), record.s3.object.eTag ?? ''));
  return results;
}
