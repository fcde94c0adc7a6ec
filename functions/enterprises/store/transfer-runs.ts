import { randomUUID } from 'node:crypto';
import { transferTask } from '#functions/enterprises/store/entities/transfer-task';
import type { TransferTaskItem } from '#functions/enterprises/store/transfer-views';
import { isConditionFailure } from '#functions/platform/conditions';

/** A run that has not renewed its lease for this long is taken for dead; progress renews it every chunk. */
export const RUN_LEASE_MS = 2 * 60_000;
/** Runs that end in an unexpected error before the task is given up as FAILED. */
export const MAX_ATTEMPTS = 3;

export type TaskClaim =
  | { run: { taskId: string; runId: string }; task: TransferTaskItem }
  | { skip: 'unknown' | 'duplicate' | 'replay' };

const leaseFrom = (now: Date) => new Date(now.getTime() + RUN_LEASE_MS).toISOString();

/**
 * Takes a task for one worker run: PENDING, or RUNNING with an expired lease (a crashed run). Otherwise the
 * event is the same object again (duplicate delivery: nothing to do) or a new upload to a finished or busy
 * task's key (a replay), and a key no task expects is unknown.
 */
export async function claimTransferTask(
  kind: 'import' | 'export',
  taskId: string,
  objectKey: string,
  eTag: string,
  now: Date,
): Promise<TaskClaim> {
  const { data: task } = await transferTask.get({ taskId }).go({ consistent: true });
  if (!task || task.kind !== kind || task.objectKey !== objectKey) return { skip: 'unknown' };
  const runId = randomUUID();
  try {
    const { data } = await transferTask
      .patch({ taskId })
      .set({
        status: 'RUNNING',
        runId,
        eTag,
        leaseUntil: leaseFrom(now),
        attempts: task.attempts + 1,
        updatedAt: now.toISOString(),
      })
      // Parenthesized: ElectroDB puts its attribute_exists checks before it with AND, which binds tighter than OR.
      .where(
        (a, op) =>
          `(${op.eq(a.status, 'PENDING')} OR (${op.eq(a.status, 'RUNNING')} AND ${op.lt(a.leaseUntil, now.toISOString())}))`,
      )
      .go({ response: 'all_new' });
    return { run: { taskId, runId }, task: data as TransferTaskItem };
  } catch (error) {
    if (!isConditionFailure(error)) throw error;
  }
  const { data: current } = await transferTask.get({ taskId }).go({ consistent: true });
  return { skip: current?.eTag === eTag ? 'duplicate' : 'replay' };
}

type TaskFields = Partial<
  Pick<
    TransferTaskItem,
    | 'total'
    | 'processed'
    | 'created'
    | 'updated'
    | 'unchanged'
    | 'failed'
    | 'errors'
    | 'reportKey'
    | 'downloadKey'
    | 'message'
    | 'auditAt'
    | 'indexed'
    | 'indexTotal'
  >
>;

/** Writes progress and renews the lease; throws if another run has taken the task over meanwhile. */
export async function updateRun(
  run: { taskId: string; runId: string },
  fields: TaskFields & { status?: 'RUNNING' | 'DONE' | 'FAILED' },
  now: Date,
): Promise<void> {
  await transferTask
    .patch({ taskId: run.taskId })
    .set({ ...fields, leaseUntil: leaseFrom(now), updatedAt: now.toISOString() })
    .where((a, op) => `${op.eq(a.runId, run.runId)} AND ${op.eq(a.status, 'RUNNING')}`)
    .go({ response: 'none' });
}

/**
 * The import's name-index phase, after its run marked the task DONE: progress (or the failure) fenced by the
 * run id. No lease: nothing takes a DONE task over, and a run that dies here leaves the job to finish.
 */
export async function updateIndexRun(
  run: { taskId: string; runId: string },
  fields: { indexed: number } | { indexFailedAt: string },
  now: Date,
): Promise<void> {
  await transferTask
    .patch({ taskId: run.taskId })
    .set({ ...fields, updatedAt: now.toISOString() })
    .where((a, op) => `${op.eq(a.runId, run.runId)} AND ${op.eq(a.status, 'DONE')}`)
    .go({ response: 'none' });
}

/** After an unexpected error: a retry may take the task over at once, unless this was the last attempt. */
export async function releaseRun(
  run: { taskId: string; runId: string },
  attempts: number,
  message: string,
  now: Date,
): Promise<void> {
  const giveUp = attempts >= MAX_ATTEMPTS;
  await transferTask
    .patch({ taskId: run.taskId })
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
