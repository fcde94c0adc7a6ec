import { readImportFile } from '#functions/enterprises/domain/import-file';
import { type ImportEntry, validateImportRows } from '#functions/enterprises/domain/import-rows';
import { appendImportAudit, type ImportCounts } from '#functions/enterprises/events/import-audit';
import { buildImportedNameIndex, type ImportSeams } from '#functions/enterprises/events/import-index';
import { ERRORS_ON_TASK, writeImportReport } from '#functions/enterprises/events/import-report';
import { REQUESTER_CHANGED, requesterStillEntitled } from '#functions/enterprises/events/requester-check';
import type { ImportRowError } from '#functions/enterprises/schemas/transfers';
import {
  MAX_IMPORT_BYTES,
  readTransferObject,
  transferObjectSize,
} from '#functions/enterprises/store/transfer-objects';
import { updateRun } from '#functions/enterprises/store/transfer-runs';
import { requesterPrincipal, type TransferTaskItem } from '#functions/enterprises/store/transfer-views';
import { upsertEnterprises } from '#functions/enterprises/store/upserts';
import { loadOrgDirectory } from '#functions/org/index';
import { now } from '#functions/platform/clock';
import type { SheetRow } from '#functions/platform/files/xlsx-cells';

/** Rows written between two progress updates (which also renew the run's lease). */
export const PROGRESS_EVERY = 500;

type Run = { taskId: string; runId: string };

/** The file's rows, validated, or the reason the whole file is refused. */
async function readRows(
  task: TransferTaskItem,
): Promise<{ entries: ImportEntry[]; sheet: SheetRow[] } | { problem: string }> {
  const size = await transferObjectSize(task.objectKey);
  if (size === null) return { problem: '没有找到上传的文件，请重新导入' };
  if (size > MAX_IMPORT_BYTES) return { problem: '文件超过 20 MB，请拆分后分批导入' };
  const file = await readImportFile(await readTransferObject(task.objectKey), task.format ?? 'xlsx');
  if ('problem' in file) return file;
  const requester = requesterPrincipal(task);
  const ownDistrict = requester.role === 'districtAdmin' ? requester.districtId : undefined;
  const validated = validateImportRows(file.rows, await loadOrgDirectory(ownDistrict), ownDistrict);
  // The sheet is kept for the error report, which shows the failed rows as the file had them.
  return 'problem' in validated ? validated : { ...validated, sheet: file.rows };
}

/**
 * Imports a task's file: validates every row, writes the valid ones chunk by chunk with progress, then stores
 * the first errors on the task, the full error report in S3 and one audit item for the requester, and marks
 * it DONE. With `deferNameIndex` (below) new enterprises are written without their name tokens
 * (≈ 28 items each, most of the cost), which a second phase then builds with its own progress (`indexed` of
 * `indexTotal`): the rows are in lists, filters, exports and counts at DONE, the name search catches up.
 */
export async function runImport(
  run: Run,
  task: TransferTaskItem,
  clock: () => Date = now,
  seams: ImportSeams = {},
) {
  if (!(await requesterStillEntitled(task))) {
    await updateRun(run, { status: 'FAILED', message: REQUESTER_CHANGED.import }, clock());
    return { failed: REQUESTER_CHANGED.import };
  }
  const rows = await readRows(task);
  if ('problem' in rows) {
    await updateRun(run, { status: 'FAILED', message: rows.problem }, clock());
    return { failed: rows.problem };
  }
  const counts: ImportCounts = {
    total: rows.entries.length,
    created: 0,
    updated: 0,
    unchanged: 0,
    failed: 0,
  };
  const errors: ImportRowError[] = [];
  const context = {
    taskId: task.taskId,
    taskCreatedAt: new Date(task.createdAt),
    requester: requesterPrincipal(task),
    // New enterprises are written without their name tokens and indexed after DONE (issue 10 item 16): a run
    // that dies in between leaves them out of the name search only until the nightly enterprise-name-index job.
    deferNameIndex: true,
  };
  const indexLater: string[] = [];
  await updateRun(run, { ...counts, processed: 0, errors: [] }, clock());
  for (let start = 0; start < rows.entries.length; start += PROGRESS_EVERY) {
    const chunk = rows.entries.slice(start, start + PROGRESS_EVERY);
    const valid = chunk.filter((entry) => 'input' in entry);
    const written = await upsertEnterprises(valid, { ...context, now: clock() });
    for (const entry of chunk) if ('errors' in entry) errors.push(...entry.errors);
    errors.push(...written.errors);
    indexLater.push(...written.indexLater);
    counts.created += written.counts.created;
    counts.updated += written.counts.updated;
    counts.unchanged += written.counts.unchanged;
    counts.failed = new Set(errors.map((error) => error.row)).size;
    await updateRun(run, { ...counts, processed: start + chunk.length }, clock());
  }
  errors.sort((a, b) => a.row - b.row);
  const reportKey = errors.length > 0 ? await writeImportReport(task.taskId, errors, rows.sheet) : undefined;
  const auditAt = task.auditAt ?? clock().toISOString();
  if (!task.auditAt) await updateRun(run, { auditAt }, clock());
  await appendImportAudit(task, counts, new Date(auditAt));
  await updateRun(
    run,
    {
      status: 'DONE',
      ...counts,
      processed: counts.total,
      errors: errors.slice(0, ERRORS_ON_TASK),
      ...(reportKey ? { reportKey } : {}),
      indexed: 0,
      indexTotal: indexLater.length,
    },
    clock(),
  );
  const index = await buildImportedNameIndex(run, indexLater, clock, seams);
  return { ...counts, ...index };
}
