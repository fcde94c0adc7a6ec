import type { S3Event } from 'aws-lambda';
import { runAgencyImport } from '#functions/agencies/events/import-run';
import { deleteTransferObject } from '#functions/agencies/store/transfer-objects';
import { claimAgencyTransfer, releaseAgencyRun } from '#functions/agencies/store/transfer-runs';
import { now } from '#functions/platform/clock';
import { isConditionFailure } from '#functions/platform/conditions';
import { logger } from '#functions/platform/logger';
import { decodeEventKey, isUnderPrefix } from '#functions/platform/s3-keys';

/** The prefix this worker is subscribed to (manifest); it never touches an object outside it. */
const IMPORT_PREFIX = 'agency-imports/';
/** `agency-imports/<districtId|city>/<taskId>.<ext>`: the only keys POST /api/agency-imports hands out. */
const IMPORT_KEY = /^agency-imports\/[a-z]+\/([0-9A-HJKMNP-TV-Z]{26})\.(xlsx|csv)$/;

/**
 * An uploaded agency file. Unknown keys under the prefix and new uploads to a task already taken (replays) are
 * deleted; the same event twice finds its task taken and does nothing; a key outside the prefix is skipped.
 */
async function importObject(key: string, eTag: string) {
  if (!isUnderPrefix(key, IMPORT_PREFIX)) {
    logger.warn('agency import event for a key outside agency-imports/ ignored', { key });
    return { key, skipped: 'outsidePrefix' as const };
  }
  const taskId = IMPORT_KEY.exec(key)?.[1];
  const claim = taskId
    ? await claimAgencyTransfer('import', taskId, key, eTag, now())
    : ({ skip: 'unknown' } as const);
  if ('skip' in claim) {
    if (claim.skip !== 'duplicate') {
      logger.warn('agency import upload refused and deleted', { key, reason: claim.skip });
      await deleteTransferObject(key);
    }
    return { key, skipped: claim.skip };
  }
  try {
    const result = await runAgencyImport(claim.run, claim.task);
    logger.info('agency import done', { key, result });
    return { key, ...result };
  } catch (error) {
    if (isConditionFailure(error)) return { key, skipped: 'superseded' };
    logger.error('agency import failed', { key, error });
    const message = '导入过程中出错，请稍后重新导入；如仍失败请联系管理员';
    await releaseAgencyRun(claim.run, claim.task.attempts, message, now());
    throw error;
  }
}

/** S3 ObjectCreated under `agency-imports/`: one import per object. */
export async function handler(event: S3Event) {
  const results = [];
  for (const record of event.Records)
    results.push(await importObject(decodeEventKey(record.s3.object.key), record.s3.object.eTag ?? ''));
  return results;
}
