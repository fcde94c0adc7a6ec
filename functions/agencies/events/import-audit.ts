import { requesterPrincipal } from '#functions/agencies/events/requester';
import type { AgencyTransferItem } from '#functions/agencies/store/entities/agency-transfer';
import { appendAuditEntry } from '#functions/platform/audit/append';
import { auditEntryOf } from '#functions/platform/audit/entry';
import type { AuditRecord } from '#functions/platform/audit/record';
import { isConditionFailure } from '#functions/platform/conditions';
import { derivedId } from '#functions/platform/derived-id';

// Its own module: the audit table's client reads AUDIT_TABLE_NAME at load, which only the import worker has.

export interface AgencyImportCounts {
  total: number;
  created: number;
  updated: number;
  unchanged: number;
  failed: number;
}

/**
 * The one audit item of an import, for the requester, with the counts; its id derives from the task and `at`
 * (kept on the task), so a re-run after a crash appends nothing twice.
 */
export async function appendAgencyImportAudit(
  task: AgencyTransferItem,
  counts: AgencyImportCounts,
  at: Date,
) {
  const requester = requesterPrincipal(task);
  const record: AuditRecord = {
    action: 'import',
    entity: 'agency',
    entityId: task.taskId,
    districtId: requester.districtId ?? null,
    after: { ...counts },
    summary: `导入中介机构：${task.fileName ?? ''}，共 ${counts.total} 行，新增 ${counts.created}，更新 ${counts.updated}，未变 ${counts.unchanged}，失败 ${counts.failed}`,
  };
  const meta = {
    entryId: derivedId(`audit/${task.taskId}`, at),
    at,
    requestId: task.taskId,
    routeKey: 'S3 agency-imports/',
  };
  try {
    await appendAuditEntry(auditEntryOf(record, requester, meta));
  } catch (error) {
    if (!isConditionFailure(error)) throw error;
  }
}
