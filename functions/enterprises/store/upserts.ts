import { columnHeader } from '#functions/enterprises/domain/columns';
import type { EnterpriseInput } from '#functions/enterprises/schemas/enterprises';
import type { ImportRowError } from '#functions/enterprises/schemas/transfers';
import { claimsByCode, enterprisesById, putEnterprises } from '#functions/enterprises/store/batches';
import {
  claimCreditCode,
  DUPLICATE_ELSEWHERE,
  DuplicateCreditCodeError,
} from '#functions/enterprises/store/credit-code-claims';
import type { EnterpriseItem } from '#functions/enterprises/store/entities/enterprise';
import { withNameIndex } from '#functions/enterprises/store/name-index';
import { enterpriseItem, toEnterprise } from '#functions/enterprises/store/records';
import { mapLimit } from '#functions/platform/concurrency';
import { derivedId } from '#functions/platform/derived-id';
import type { Principal } from '#functions/platform/principal';

/**
 * Claims in flight: each is one conditional PutItem (no batch takes a condition), so the import's pace for new rows
 * is how many are in flight. 48 keeps under the transport's 50 sockets; at 16 the claims alone ran at 0.39–0.46×
 * raw BatchWriteItem, at 32 at 0.51–0.60× (measured 2026-12-04).
 */
export const CLAIM_CONCURRENCY = 48;

export interface UpsertContext {
  /** The import task: new enterprises get ids derived from it and the code, so a re-run writes the same ids. */
  taskId: string;
  taskCreatedAt: Date;
  requester: Principal;
  now: Date;
  /**
   * The import: new enterprises are written without their name tokens, which the caller builds afterwards
   * (`indexLater`), so the rows are in lists at the batch write's speed. Updates still write theirs (they may
   * delete stale ones). The seed leaves it off: its tokens are written with the rows.
   */
  deferNameIndex?: boolean;
}
export interface UpsertCounts {
  created: number;
  updated: number;
  unchanged: number;
}
type Row = { row: number; input: EnterpriseInput };
type Item = ReturnType<typeof enterpriseItem>;

const codeError = (row: number, reason: string): ImportRowError => ({
  row,
  column: columnHeader('creditCode'),
  reason,
});

/** An existing enterprise's row: an update, unless it is identical or outside a district admin's district. */
function updateOf(
  row: Row,
  existing: EnterpriseItem,
  ctx: UpsertContext,
): Item | 'unchanged' | ImportRowError {
  const { requester } = ctx;
  if (requester.role === 'districtAdmin' && existing.districtId !== requester.districtId)
    // Not where: which district holds a code is not the caller's to learn (existence is all it may know).
    return codeError(row.row, DUPLICATE_ELSEWHERE);
  const item = enterpriseItem(existing.id, row.input, existing.createdAt, ctx.now.toISOString());
  const same =
    JSON.stringify(toEnterprise({ ...item, updatedAt: existing.updatedAt })) ===
    JSON.stringify(toEnterprise(existing));
  return same ? 'unchanged' : item;
}

/** Claims the codes of new rows in parallel; a code another live enterprise holds becomes a row error. */
async function claimNew(
  rows: { row: Row; item: Item }[],
  now: Date,
  errors: ImportRowError[],
): Promise<Item[]> {
  const claimed = await mapLimit(rows, CLAIM_CONCURRENCY, async ({ row, item }) => {
    try {
      await claimCreditCode(item.creditCode, item.id, now);
      return item;
    } catch (error) {
      if (!(error instanceof DuplicateCreditCodeError)) throw error;
      errors.push(codeError(row.row, '该统一社会信用代码正被其他企业或操作占用，请稍后重新导入'));
      return null;
    }
  });
  return claimed.filter((item): item is Item => item !== null);
}

/**
 * Writes valid import rows by credit code: an enterprise that has the code is updated (never duplicated), a
 * new code is claimed first and its enterprise then written with BatchWriteItem. Running the same rows again
 * converges: derived ids re-claim their own codes, identical rows write nothing. Answers the counts, the row
 * errors, for every row that has its enterprise now (created, updated or unchanged), that enterprise's id, and
 * with `deferNameIndex` the ids whose name tokens are left to the caller.
 */
export async function upsertEnterprises(rows: readonly Row[], ctx: UpsertContext) {
  const claims = await claimsByCode(rows.map((row) => row.input.creditCode));
  const holders = await enterprisesById([...claims.values()].map((claim) => claim.enterpriseId));
  const counts: UpsertCounts = { created: 0, updated: 0, unchanged: 0 };
  const errors: ImportRowError[] = [];
  const writes: Item[] = [];
  const fresh: { row: Row; item: Item }[] = [];
  const written: { row: number; id: string }[] = [];
  /** Enterprises this task created, in this run or an interrupted earlier one: whose tokens the caller builds. */
  const indexLater: string[] = [];
  for (const row of rows) {
    const ownId = derivedId(`${ctx.taskId}/${row.input.creditCode}`, ctx.taskCreatedAt);
    const holder = holders.get(claims.get(row.input.creditCode)?.enterpriseId ?? '');
    const outcome = holder?.creditCode === row.input.creditCode ? updateOf(row, holder, ctx) : null;
    if (outcome === null)
      fresh.push({
        row,
        item: enterpriseItem(ownId, row.input, ctx.now.toISOString(), ctx.now.toISOString()),
      });
    else if (typeof outcome === 'object' && 'reason' in outcome) errors.push(outcome);
    else {
      if (outcome !== 'unchanged') writes.push(outcome);
      if (holder) written.push({ row: row.row, id: holder.id });
      // An enterprise this task created in an earlier, interrupted run still counts as created.
      if (holder?.id === ownId) {
        counts.created += 1;
        // Its tokens may never have been written (the earlier run died before its name-index phase).
        if (ctx.deferNameIndex) indexLater.push(ownId);
      } else if (outcome === 'unchanged') counts.unchanged += 1;
      else counts.updated += 1;
    }
  }
  const created = await claimNew(fresh, ctx.now, errors);
  counts.created += created.length;
  const rowOf = new Map(fresh.map(({ row, item }) => [item.id, row.row]));
  for (const item of created) written.push({ row: rowOf.get(item.id) ?? 0, id: item.id });
  const indexed = ctx.deferNameIndex ? writes : [...writes, ...created];
  if (ctx.deferNameIndex) indexLater.push(...created.map((item) => item.id));
  const changes = indexed.map((after) => ({ before: holders.get(after.id) ?? null, after }));
  await withNameIndex(changes, () => putEnterprises([...writes, ...created]));
  return { counts, errors, written, indexLater };
}
