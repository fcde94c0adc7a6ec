import type { S3Event } from 'aws-lambda';
import { runLabelSheet } from '#functions/labels/events/label-sheet-run';
import { deleteLabelObject, REQUEST_PREFIX } from '#functions/labels/store/objects';
import { claimLabelSheet, releaseRun } from '#functions/labels/store/runs';
import { now } from '#functions/platform/clock';
import { isConditionFailure } from '#functions/platform/conditions';
import { logger } from '#functions/platform/logger';
import { decodeEventKey, isUnderPrefix } from '#functions/platform/s3-keys';

/** `label-requests/<sheetId>.json`, written by POST /api/label-sheets right after its sheet item. */
const REQUEST_KEY = /^label-requests\/([0-9A-HJKMNP-TV-Z]{26})\.json$/;

/**
 * The object's content is not trusted: the sheet item says who asked for what. An unknown key under
 * `label-requests/` is deleted; a key outside it is not ours: logged and skipped, never deleted.
 */
async function sheetFor(key: string, eTag: string) {
  if (!isUnderPrefix(key, REQUEST_PREFIX)) {
    logger.warn('label sheet event for a key outside label-requests/ ignored', { key });
    return { key, skipped: 'outsidePrefix' as const };
  }
  const sheetId = REQUEST_KEY.exec(key)?.[1];
  const claim = sheetId ? await claimLabelSheet(sheetId, key, eTag, now()) : ({ skip: 'unknown' } as const);
  if ('skip' in claim) {
    if (claim.skip === 'unknown') {
      logger.warn('label sheet request without a sheet deleted', { key });
      await deleteLabelObject(key);
    }
    return { key, skipped: claim.skip };
  }
  const started = performance.now();
  try {
    const result = await runLabelSheet(claim.run, claim.sheet);
    const ms = Math.round(performance.now() - started);
    logger.info('label sheet done', { key, ms, labels: result.total });
    return { key, ...result };
  } catch (error) {
    if (isConditionFailure(error)) return { key, skipped: 'superseded' };
    logger.error('label sheet failed', { key, error });
    await releaseRun(
      claim.run,
      claim.sheet.attempts,
      '生成标签时出错，请稍后重试；如仍失败请联系管理员',
      now(),
    );
    throw error;
  }
}

/** S3 ObjectCreated under `label-requests/`: one sheet per request object. */
export async function handler(event: S3Event) {
  const results = [];
  for (const record of event.Records)
    results.push(await sheetFor(decodeEventKey(record.s3.object.key), record.s3.object.eTag ?? ''));
  return results;
}
