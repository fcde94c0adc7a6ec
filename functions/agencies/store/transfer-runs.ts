import { randomUUID } from 'node:crypto';
import { type AgencyTransferItem, agencyTransfer } from '#functions/agencies/store/entities/agency-transfer';
import { isConditionFailure } from '#functions/platform/conditions';

/** A run that has not renewed its lease for this long is taken for dead; progress renews it. */
const RUN_LEASE_MS = 2 * 60_000;
/** Runs that end in an unexpected error before the task is given up as FAILED. */
const MAX_ATTEMPTS = 3;

export type Run = { taskId: string; runId: string };
export type TaskClaim = { run: Run; task: AgencyTransferItem } | { skip: 'unknown' | 'duplicate' | 'replay' };

const leaseFrom = (now: Date) => new Date(now.getTime() + RUN_LEASE_MS).toISOString();

/**
 * Takes a task for one worker run (as the enterprise transfers do): PENDING, or RUNNING with an expired lease.
 * Otherwise the event is the same object again (duplicate), a new upload to a taken task's key (replay), or a
 * key no task expects (unknown).
 */
export async function claimAgencyTransfer(
  kind: AgencyTransferItem['kind'],
  taskId: string,
  objectKey: string,
  eTag: string,
  now: Date,
): Promise<TaskClaim> {
  const { data: task } = await agencyTransfer.get({ taskId }).go({ consistent: true });
  if (!task || task.kind !== kind || task.objectKey !== objectKey) return { skip: 'unknown' };
  const runId = randomUUID();
  try {
    const { data } = await agencyTransfer
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
    return { run: { taskId, runId }, task: data as AgencyTransferItem };
  } catch (error) {
    if (!isConditionFailure(error)) throw error;
  }
  const { data: current } = await agencyTransfer.get({ taskId }).go({ consistent: true });
  return { skip: current?.eTag === eTag ? 'duplicate' : 'replay' };
}

type TaskFields = Partial<
  Pick<
    AgencyTransferItem,
    | 'total'
    | 'processed'
    | 'created'
    | 'updated'
    | 'unchanged'
    | 'failed'
    | 'errors'
    | 'downloadKey'
    | 'message'
    | 'auditAt'
  >
>;

/** Writes progress and renews the lease; throws if another run has taken the task over meanwhile. */
export async function updateAgencyRun(
  run: Run,
  fields: TaskFields & { status?: 'RUNNING' | 'DONE' | 'FAILED' },
  now: Date,
): Promise<void> {
  await agencyTransfer
    .patch({ taskId: run.taskId })
    .set({ ...fields, leaseUntil: leaseFrom(now), updatedAt: now.toISOString() })
    .where((a, op) => `${op.eq(a.runId, run.runId)} AND ${op.eq(a.status, 'RUNNING')}`)
    .go({ response: 'none' });
}

/** After an unexpected error: a retry may take the task over at once, unless this was the last attempt. */
export async function releaseAgencyRun(run: Run, attempts: number, message: string, now: Date) {
  const at = now.toISOString();
  await agencyTransfer
    .patch({ taskId: run.taskId })
    .set(
      attempts >= MAX_ATTEMPTS
        ? { status: 'FAILED', message, updatedAt: at }
        : { leaseUntil: at, updatedAt: at },
    )
    .where((a, op) => op.eq(a.runId, run.runId))
    .go({ response: 'none' })
    .catch((error: unknown) => {
      if (!isConditionFailure(error)) throw error;
    });
}
