import { readAgencyFile } from '#functions/agencies/domain/agency-file';
import { validateAgencyRows } from '#functions/agencies/domain/agency-import-rows';
import { type AgencyImportCounts, appendAgencyImportAudit } from '#functions/agencies/events/import-audit';
import {
  REQUESTER_CHANGED,
  requesterPrincipal,
  requesterStillEntitled,
} from '#functions/agencies/events/requester';
import type { AgencyTransferItem } from '#functions/agencies/store/entities/agency-transfer';
import { writeImportRow } from '#functions/agencies/store/import-writes';
import { readTransferObject, transferObjectSize } from '#functions/agencies/store/transfer-objects';
import { type Run, updateAgencyRun } from '#functions/agencies/store/transfer-runs';
import { type AgencyImportError, MAX_AGENCY_IMPORT_BYTES } from '#functions/agencies/transfer-schemas';
import { now } from '#functions/platform/clock';

/** Rows written between two progress updates (which also renew the run's lease). */
const PROGRESS_EVERY = 50;

/** The file's validated rows, or why the whole file is refused. */
async function readRows(task: AgencyTransferItem) {
  const size = await transferObjectSize(task.objectKey);
  if (size === null) return { problem: '没有找到上传的文件，请重新导入' };
  if (size > MAX_AGENCY_IMPORT_BYTES) return { problem: '文件超过 5 MB，请拆分后分批导入' };
  const file = await readAgencyFile(await readTransferObject(task.objectKey), task.format ?? 'xlsx');
  if ('problem' in file) return file;
  const requester = requesterPrincipal(task);
  return validateAgencyRows(file.rows, requester.role === 'districtAdmin' ? requester.districtId : undefined);
}

/**
 * Imports a task's file: validates every row, writes the valid ones one by one (each whole or not at all) with
 * progress, then keeps the row errors on the task, appends one audit item for the requester and marks it DONE.
 */
export async function runAgencyImport(run: Run, task: AgencyTransferItem, clock: () => Date = now) {
  if (!(await requesterStillEntitled(task))) {
    await updateAgencyRun(run, { status: 'FAILED', message: REQUESTER_CHANGED.import }, clock());
    return { failed: REQUESTER_CHANGED.import };
  }
  const rows = await readRows(task);
  if ('problem' in rows) {
    await updateAgencyRun(run, { status: 'FAILED', message: rows.problem }, clock());
    return { failed: rows.problem };
  }
  const requester = requesterPrincipal(task);
  const counts: AgencyImportCounts = {
    total: rows.entries.length,
    created: 0,
    updated: 0,
    unchanged: 0,
    failed: 0,
  };
  const errors: AgencyImportError[] = [];
  await updateAgencyRun(run, { ...counts, processed: 0, errors: [] }, clock());
  for (const [index, entry] of rows.entries.entries()) {
    const outcome = 'input' in entry ? await writeImportRow(requester, entry, clock()) : entry;
    if (typeof outcome === 'string') counts[outcome] += 1;
    else {
      errors.push(...outcome.errors);
      counts.failed += 1;
    }
    if ((index + 1) % PROGRESS_EVERY === 0)
      await updateAgencyRun(run, { ...counts, processed: index + 1 }, clock());
  }
  const auditAt = task.auditAt ?? clock().toISOString();
  if (!task.auditAt) await updateAgencyRun(run, { auditAt }, clock());
  await appendAgencyImportAudit(task, counts, new Date(auditAt));
  await updateAgencyRun(run, { status: 'DONE', ...counts, processed: counts.total, errors }, clock());
  return counts;
}
