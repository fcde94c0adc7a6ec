import type { S3Event } from 'aws-lambda';
import { runImport } from '#functions/enterprises/events/import-run';
import { deleteTransferObject } from '#functions/enterprises/store/transfer-objects';
import { claimTransferTask, releaseRun } from '#functions/enterprises/store/transfer-runs';
import { now } from '#functions/platform/clock';
import { isConditionFailure } from '#functions/platform/conditions';
import { logger } from '#functions/platform/logger';
import { decodeEventKey, isUnderPrefix } from '#functions/platform/s3-keys';

/** The prefix this worker is subscribed to (manifest); it never touches an object outside it. */
const IMPORT_PREFIX = 'imports/';
/** `imports/<districtId|city>/<taskId>.<ext>`: the only keys POST /api/enterprise-imports hands out. */
const IMPORT_KEY = /^imports\/[a-z]+\/([0-9A-HJKMNP-TV-Z]{26})\.(xlsx|csv)$/;

/**
 * An uploaded import file. Unknown keys under `imports/` (foreign uploads) and new uploads to a task already
 * taken (replays) are deleted; the same event delivered twice finds its task taken and does nothing. A key
 * outside `imports/` is not ours: it is logged and skipped, never deleted.
 */
async function importObject(key: string, eTag: string) {
  if (!isUnderPrefix(key, IMPORT_PREFIX)) {
    logger.warn('import event for a key outside imports/ ignored', { key });
    return { key, skipped: 'outsidePrefix' as const };
  }
  const taskId = IMPORT_KEY.exec(key)?.[1];
  const claim = taskId
    ? await claimTransferTask('import', taskId, key, eTag, now())
    : ({ skip: 'unknown' } as const);
  if ('skip' in claim) {
    if (claim.skip !== 'duplicate') {
      logger.warn('import upload refused and deleted', { key, reason: claim.skip });
      await deleteTransferObject(key);
    }
    return { key, skipped: claim.skip };
  }
  const started = performance.now();
  try {
    const result = await runImport(claim.run, claim.task);
    const ms = Math.round(performance.now() - started);
    logger.info('import done', {
      key,
      ms,
      result,
      rowsPerSecond: 'total' in result ? Math.round((result.total / ms) * 1000) : 0,
    });
    return { key, ...result };
  } catch (error) {
    if (isConditionFailure(error)) return { key, skipped: 'superseded' }; // another run took the task over
    logger.error('import failed', { key, error });
    await releaseRun(
      claim.run,
      claim.task.attempts,
      '导入过程中出错，请稍后重新导入；如仍失败请联系管理员',
      now(),
    );
    throw error;
  }
}

/** S3 ObjectCreated under `imports/`: one import per object. */
export async function handler(event: S3Event) {
  const results = [];
  for (const record of event.Records)
    results.push(await importObject(decodeEventKey(record.s3.object.key), record.s3.object.eTag ?? ''));
  return results;
}
