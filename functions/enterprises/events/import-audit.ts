import { requesterPrincipal, type TransferTaskItem } from '#functions/enterprises/store/transfer-views';
import { appendAuditEntry } from '#functions/platform/audit/append';
import { auditEntryOf } from '#functions/platform/audit/entry';
import type { AuditRecord } from '#functions/platform/audit/record';
import { isConditionFailure } from '#functions/platform/conditions';
import { derivedId } from '#functions/platform/derived-id';

export interface ImportCounts {
  total: number;
  created: number;
  updated: number;
  unchanged: number;
  failed: number;
}

/**
 * The one audit item of an import, for the requester, with the counts. Its id derives from the task and `at`
 * (kept on the task, the same in a re-run), so a re-run after a crash appends nothing twice (the audit table
 * takes each id once), and it sorts at the time the import finished, above the request.
 */
export async function appendImportAudit(
  task: TransferTaskItem,
  counts: ImportCounts,
  at: Date,
): Promise<void> {
  const requester = requesterPrincipal(task);
  const summary = `导入企业：${task.fileName}，共 ${counts.total} 行，新增 ${counts.created}，更新 ${counts.updated}，未变 ${counts.unchanged}，失败 ${counts.failed}`;
  const record: AuditRecord = {
    action: 'import',
    entity: 'enterprise',
    entityId: task.taskId,
    districtId: requester.districtId ?? null,
    after: { ...counts },
    summary,
  };
  const meta = {
    entryId: derivedId(`audit/${task.taskId}`, at),
    at,
    requestId: task.taskId,
    routeKey: 'S3 imports/',
  };
  try {
    await appendAuditEntry(auditEntryOf(record, requester, meta));
  } catch (error) {
    if (!isConditionFailure(error)) throw error;
  }
}
