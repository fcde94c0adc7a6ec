import { type AgencyTransferItem, agencyTransfer } from '#functions/agencies/store/entities/agency-transfer';
import {
  presignAgencyDownload,
  presignAgencyUpload,
  writeTransferObject,
  XLSX_TYPE,
} from '#functions/agencies/store/transfer-objects';
import type {
  AgencyExportFilter,
  AgencyExportTask,
  AgencyImportCreate,
  AgencyImportError,
  AgencyImportTask,
} from '#functions/agencies/transfer-schemas';
import type { AuditRecord } from '#functions/platform/audit/record';
import { NotFoundError } from '#functions/platform/errors';
import { newId } from '#functions/platform/ids';
import type { Principal } from '#functions/platform/principal';

const contentTypes = { xlsx: XLSX_TYPE, csv: 'text/csv' } as const;

/** What a task keeps of its requester: who, and the district a district admin acts in. */
const requesterOf = ({ userId, username, name, role, districtId }: Principal) =>
  JSON.parse(JSON.stringify({ userId, username, name, role, districtId })) as AgencyTransferItem['requester'];

/** The request's own audit item; the import worker adds one more with the counts when it is done. */
const taskAudit = (task: AgencyTransferItem, action: 'requestImport' | 'export', summary: string) =>
  ({
    action,
    entity: 'agency',
    entityId: task.taskId,
    districtId: task.requester.districtId ?? null,
    after: null,
    summary,
  }) satisfies AuditRecord;

const common = (task: AgencyTransferItem) => ({
  id: task.taskId,
  status: task.status,
  total: task.total,
  processed: task.processed,
  ...(task.message ? { message: task.message } : {}),
  createdAt: task.createdAt,
  updatedAt: task.updatedAt,
});

export const importTaskView = (task: AgencyTransferItem): AgencyImportTask => ({
  ...common(task),
  fileName: task.fileName ?? '',
  created: task.created,
  updated: task.updated,
  unchanged: task.unchanged,
  failed: task.failed,
  errors: (task.errors ?? []) as AgencyImportError[],
});

/** The link is signed when the task is read, so it is always good for the next hour. */
export function exportTaskView(task: AgencyTransferItem): AgencyExportTask {
  const name = `中介机构名录-${task.createdAt.slice(0, 10)}.xlsx`;
  const downloadUrl = task.downloadKey && presignAgencyDownload(task.downloadKey, name);
  return { ...common(task), ...(downloadUrl ? { downloadUrl } : {}) };
}

async function createTask(principal: Principal, fields: Partial<AgencyTransferItem>, now: Date) {
  const taskId = newId(now);
  const at = now.toISOString();
  const kind = fields.kind ?? 'import';
  const objectKey =
    kind === 'import'
      ? `agency-imports/${principal.districtId ?? 'city'}/${taskId}.${fields.format ?? 'xlsx'}`
      : `agency-export-requests/${taskId}.json`;
  const { data } = await agencyTransfer
    .create({
      ...fields,
      taskId,
      kind,
      status: 'PENDING',
      requester: requesterOf(principal),
      objectKey,
      createdAt: at,
      updatedAt: at,
    })
    .go();
  return data as AgencyTransferItem;
}

/** A PENDING import task and the presigned POST for its file, under a key only this task uses. */
export async function createAgencyImport(principal: Principal, request: AgencyImportCreate, now: Date) {
  const task = await createTask(
    principal,
    { kind: 'import', fileName: request.fileName, format: request.format, errors: [] },
    now,
  );
  return {
    task: importTaskView(task),
    upload: await presignAgencyUpload(task.objectKey, contentTypes[request.format]),
    audit: taskAudit(task, 'requestImport', `发起中介机构导入：${request.fileName}`),
  };
}

/** A PENDING export task; the request object written after it starts the worker. */
export async function createAgencyExport(principal: Principal, filter: AgencyExportFilter, now: Date) {
  const task = await createTask(principal, { kind: 'export', filter }, now);
  await writeTransferObject(task.objectKey, JSON.stringify({ taskId: task.taskId }), 'application/json');
  return { task: exportTaskView(task), audit: taskAudit(task, 'export', '导出中介机构名录') };
}

/**
 * A task for its requester and for the city admin, or a district admin's for one of the same district; 404
 * for everyone else (as the enterprise transfer tasks).
 */
async function visibleTask(principal: Principal, id: string, kind: AgencyTransferItem['kind']) {
  const { data: task } = await agencyTransfer.get({ taskId: id }).go();
  const requester = task?.requester;
  const sees =
    !!requester &&
    (requester.userId === principal.userId ||
      principal.role === 'cityAdmin' ||
      (principal.role === 'districtAdmin' &&
        !!principal.districtId &&
        requester.districtId === principal.districtId));
  if (!task || task.kind !== kind || !sees) throw new NotFoundError('任务不存在');
  return task;
}

export const getAgencyImport = async (principal: Principal, id: string) =>
  importTaskView(await visibleTask(principal, id, 'import'));
export const getAgencyExport = async (principal: Principal, id: string) =>
  exportTaskView(await visibleTask(principal, id, 'export'));
