import { randomUUID } from 'node:crypto';
import { labelSheet } from '#functions/labels/store/entities/label-sheet';
import type { LabelSheetItem } from '#functions/labels/store/label-sheets';
import { isConditionFailure } from '#functions/platform/conditions';

/** A run that has not renewed its lease for this long is taken for dead; progress renews it every page. */
export const RUN_LEASE_MS = 2 * 60_000;
/** Runs that end in an unexpected error before the sheet is given up as FAILED. */
export const MAX_ATTEMPTS = 3;

export type Run = { sheetId: string; runId: string };
export type SheetClaim = { run: Run; sheet: LabelSheetItem } | { skip: 'unknown' | 'duplicate' | 'replay' };

const leaseFrom = (now: Date) => new Date(now.getTime() + RUN_LEASE_MS).toISOString();

/**
 * Takes a sheet for one worker run: PENDING, or RUNNING with an expired lease (a crashed run). Otherwise the
 * event is the same object again (duplicate delivery) or a new object at a busy or finished sheet's key (a
 * replay); a key no sheet expects is unknown. The same protocol as the enterprise transfers.
 */
export async function claimLabelSheet(
  sheetId: string,
  objectKey: string,
  eTag: string,
  now: Date,
): Promise<SheetClaim> {
  const { data: sheet } = await labelSheet.get({ sheetId }).go({ consistent: true });
  if (!sheet || sheet.objectKey !== objectKey) return { skip: 'unknown' };
  const runId = randomUUID();
  try {
    const { data } = await labelSheet
      .patch({ sheetId })
      .set({
        status: 'RUNNING',
        runId,
        eTag,
        leaseUntil: leaseFrom(now),
        attempts: sheet.attempts + 1,
        updatedAt: now.toISOString(),
      })
      // Parenthesized: ElectroDB puts its attribute_exists checks before it with AND, which binds tighter than OR.
      .where(
        (a, op) =>
          `(${op.eq(a.status, 'PENDING')} OR (${op.eq(a.status, 'RUNNING')} AND ${op.lt(a.leaseUntil, now.toISOString())}))`,
      )
      .go({ response: 'all_new' });
    return { run: { sheetId, runId }, sheet: data as LabelSheetItem };
  } catch (error) {
    if (!isConditionFailure(error)) throw error;
  }
  const { data: current } = await labelSheet.get({ sheetId }).go({ consistent: true });
  return { skip: current?.eTag === eTag ? 'duplicate' : 'replay' };
}

type Progress = Partial<Pick<LabelSheetItem, 'total' | 'processed' | 'skipped' | 'downloadKey' | 'message'>>;

/** Writes progress and renews the lease; throws if another run has taken the sheet over meanwhile. */
export async function updateRun(
  run: Run,
  fields: Progress & { status?: 'RUNNING' | 'DONE' | 'FAILED' },
  now: Date,
): Promise<void> {
  await labelSheet
    .patch({ sheetId: run.sheetId })
    .set({ ...fields, leaseUntil: leaseFrom(now), updatedAt: now.toISOString() })
    .where((a, op) => `${op.eq(a.runId, run.runId)} AND ${op.eq(a.status, 'RUNNING')}`)
    .go({ response: 'none' });
}

/** After an unexpected error: a retry may take the sheet over at once, unless this was the last attempt. */
export async function releaseRun(run: Run, attempts: number, message: string, now: Date): Promise<void> {
  const giveUp = attempts >= MAX_ATTEMPTS;
  await labelSheet
    .patch({ sheetId: run.sheetId })
    .set(
      giveUp
        ? { status: 'FAILED', message, updatedAt: now.toISOString() }
        : { leaseUntil: now.toISOString(), updatedAt: now.toISOString() },
    )
    .where((a, op) => op.eq(a.runId, run.runId))
    .go({ response: 'none' })
    .catch((error: unknown) => {
      if (!isConditionFailure(error)) throw error;
    });
}
