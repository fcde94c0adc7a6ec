import {
  type AssignmentItem,
  assignment,
  assignmentMark,
} from '#functions/grid-coverage/store/entities/assignment';
import { isConditionFailure } from '#functions/platform/conditions';

export type MarkOutcome = 'assigned' | 'already' | 'skipped';

/**
 * The instant enterprise E's step of assignment A carries: the claim's, written once by whichever worker got
 * there first. A worker that finds the mark done has nothing to do (null).
 */
export async function claimMark(assignmentId: string, enterpriseId: string, now: Date): Promise<Date | null> {
  const key = { assignmentId, enterpriseId };
  const { data: found } = await assignmentMark.get(key).go({ consistent: true });
  if (found) return found.state === 'done' ? null : new Date(found.at);
  try {
    await assignmentMark.create({ ...key, state: 'claimed', at: now.toISOString() }).go({ response: 'none' });
    return now;
  } catch (error) {
    if (!isConditionFailure(error)) throw error;
  }
  const { data: raced } = await assignmentMark.get(key).go({ consistent: true });
  if (!raced) throw new Error(`mark ${assignmentId}/${enterpriseId} vanished`);
  return raced.state === 'done' ? null : new Date(raced.at);
}

/**
 * Counts enterprise E's outcome on the assignment, then closes its mark. The count is one conditional update
 * (counters + E added to `counted`, unless E is in it), so exactly one worker counts E, and a worker that dies
 * between the two writes leaves the mark claimed: the rerun finds E counted, counts nothing and closes the
 * mark. (Closing first would let a crash leave E done but never counted: the assignment stuck short of DONE.)
 * The answer is the assignment as it is then (its counters), or null when E had been counted before.
 */
export async function closeMark(
  item: Pick<AssignmentItem, 'assignmentId'>,
  enterpriseId: string,
  outcome: MarkOutcome,
  now: Date,
): Promise<AssignmentItem | null> {
  let counted: AssignmentItem | null = null;
  try {
    const { data } = await assignment
      .patch({ assignmentId: item.assignmentId })
      .add({
        counted: [enterpriseId],
        processed: 1,
        assigned: outcome === 'assigned' ? 1 : 0,
        already: outcome === 'already' ? 1 : 0,
        skipped: outcome === 'skipped' ? 1 : 0,
      })
      .set({ updatedAt: now.toISOString() })
      .where(({ counted: ids }, { notContains }) => notContains(ids, enterpriseId))
      .go({ response: 'all_new' });
    counted = data as AssignmentItem;
  } catch (error) {
    if (!isConditionFailure(error)) throw error;
  }
  try {
    await assignmentMark
      .patch({ assignmentId: item.assignmentId, enterpriseId })
      .set({ state: 'done', outcome })
      .where((a, op) => op.eq(a.state, 'claimed'))
      .go({ response: 'none' });
  } catch (error) {
    if (!isConditionFailure(error)) throw error;
  }
  return counted;
}

/** PENDING → RUNNING when the first worker starts (a later one finds it RUNNING or DONE and leaves it). */
export async function markRunning(assignmentId: string, now: Date): Promise<void> {
  await assignment
    .patch({ assignmentId })
    .set({ status: 'RUNNING', updatedAt: now.toISOString() })
    .where((a, op) => op.eq(a.status, 'PENDING'))
    .go({ response: 'none' })
    .catch((error: unknown) => {
      if (!isConditionFailure(error)) throw error;
    });
}

/** RUNNING → DONE once every enterprise is counted: true for the one worker that made the step. */
export async function markDone(assignmentId: string, total: number, now: Date): Promise<boolean> {
  try {
    await assignment
      .patch({ assignmentId })
      .set({ status: 'DONE', finishedAt: now.toISOString(), updatedAt: now.toISOString() })
      .where((a, op) => `${op.ne(a.status, 'DONE')} AND ${op.eq(a.processed, total)}`)
      .go({ response: 'none' });
    return true;
  } catch (error) {
    if (isConditionFailure(error)) return false;
    throw error;
  }
}
