import { assignOutsideToGrid } from '#functions/enterprises/index';
import { recountDistrict } from '#functions/grid-coverage/store/coverage';
import type { AssignmentItem } from '#functions/grid-coverage/store/entities/assignment';
import {
  claimMark,
  closeMark,
  type MarkOutcome,
  markDone,
  markRunning,
} from '#functions/grid-coverage/store/marks';
import { appendAuditEntry } from '#functions/platform/audit/append';
import { auditEntryOf } from '#functions/platform/audit/entry';
import type { AuditRecord } from '#functions/platform/audit/record';
import { isConditionFailure } from '#functions/platform/conditions';
import { derivedId } from '#functions/platform/derived-id';
import type { Principal } from '#functions/platform/principal';

/** Enterprises worked at once by one worker. */
const CONCURRENCY = 8;

type Enterprise = Extract<Awaited<ReturnType<typeof assignOutsideToGrid>>, { outcome: 'assigned' }>['after'];

/**
 * The one audit entry of one enterprise's assignment, in the requester's name: its id derives from the
 * assignment, the enterprise and the claim's instant, so a second worker (or a re-run) appends nothing twice.
 */
async function auditAssigned(item: AssignmentItem, after: Enterprise, at: Date): Promise<void> {
  const record: AuditRecord = {
    action: 'assignGrid',
    entity: 'enterprise',
    entityId: after.id,
    districtId: after.districtId,
    before: { gridId: null },
    after: { gridId: after.gridId },
    summary: `划入网格：${after.name}（${after.creditCode}）→ ${item.townName}${item.gridName}`,
  };
  const requester = JSON.parse(JSON.stringify(item.requester)) as Principal;
  const meta = {
    entryId: derivedId(`grid-assignment/${item.assignmentId}/${after.id}`, at),
    at,
    requestId: item.assignmentId,
    routeKey: 'S3 grid-assignments/',
  };
  try {
    await appendAuditEntry(auditEntryOf(record, requester, meta));
  } catch (error) {
    if (!isConditionFailure(error)) throw error;
  }
}

/**
 * One enterprise's step: claim (or take over) its mark, put it in the grid if it is still outside, audit the
 * write, close the mark. Every step is safe to repeat, and an enterprise that already carries this grid with
 * the claim's instant as `updatedAt` was put there by this assignment (an earlier run, or another worker
 * now), so it is audited and counted as assigned — once, by the worker whose count lands (closeMark).
 */
async function assignOne(item: AssignmentItem, enterpriseId: string, now: Date): Promise<boolean> {
  const at = await claimMark(item.assignmentId, enterpriseId, now);
  if (!at) return false;
  const result = await assignOutsideToGrid({ enterpriseId, townId: item.townId, gridId: item.gridId }, at);
  let outcome: MarkOutcome = result.outcome === 'skipped' ? 'skipped' : 'already';
  if (
    result.outcome === 'assigned' ||
    (result.outcome === 'already' && result.after.updatedAt === at.toISOString())
  ) {
    await auditAssigned(item, result.after, at);
    outcome = 'assigned';
  }
  return (await closeMark(item, enterpriseId, outcome, now)) !== null;
}

/**
 * Works assignment A: every enterprise of its fixed selection once, eight at a time. Any number of workers may
 * run it (a redelivered event, a retry after a crash): the marks make each enterprise assigned, audited and
 * counted once, and the one that counts the last marks it DONE and recounts the district's coverage.
 */
export async function runAssignment(item: AssignmentItem, now: () => Date) {
  if (item.status === 'DONE') return { processed: 0, done: false };
  await markRunning(item.assignmentId, now());
  const queue = [...item.enterpriseIds];
  let processed = 0;
  const work = async () => {
    for (let id = queue.shift(); id !== undefined; id = queue.shift())
      if (await assignOne(item, id, now())) processed += 1;
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, work));
  // Every mark is closed now, by this worker or by one still closing its last: whoever finds the count full wins.
  const done = await markDone(item.assignmentId, item.total, now());
  if (done) await recountDistrict(item.districtId, now());
  return { processed, done };
}
