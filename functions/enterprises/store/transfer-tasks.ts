import type * as z from 'zod';
import { enterpriseFilterSummary, type FilterPlaceNames } from '#functions/enterprises/domain/filter-summary';
import type { EnterpriseFilter } from '#functions/enterprises/schemas/enterprises';
import type { importCreateSchema } from '#functions/enterprises/schemas/transfers';
import { transferTask } from '#functions/enterprises/store/entities/transfer-task';
import { presignUpload, writeTransferObject } from '#functions/enterprises/store/transfer-objects';
import {
  exportTaskView,
  importTaskView,
  requesterOf,
  type TransferTaskItem,
} from '#functions/enterprises/store/transfer-views';
import { findGrid, findTown } from '#functions/org/index';
import type { AuditRecord } from '#functions/platform/audit/record';
import { now as clockNow } from '#functions/platform/clock';
import { NotFoundError } from '#functions/platform/errors';
import { newId } from '#functions/platform/ids';
import type { Principal } from '#functions/platform/principal';
import { inScope } from '#functions/platform/scope';

const contentTypes = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv',
} as const;

/** The request's own audit item; the import worker adds one more with the counts when it is done. */
function taskAudit(task: TransferTaskItem, action: 'requestImport' | 'export', summary: string): AuditRecord {
  const { districtId } = task.requester;
  return {
    action,
    entity: 'enterprise',
    entityId: task.taskId,
    districtId: districtId ?? null,
    after: null,
    summary,
  };
}

/** A PENDING import task and the presigned POST for its file, under a key only this task uses. */
export async function createImportTask(
  principal: Principal,
  request: z.output<typeof importCreateSchema>,
  now = clockNow(),
) {
  const taskId = newId(now);
  const objectKey = `imports/${principal.districtId ?? 'city'}/${taskId}.${request.format}`;
  const at = now.toISOString();
  const { data: task } = await transferTask
    .create({
      taskId,
      kind: 'import',
      status: 'PENDING',
      requester: requesterOf(principal),
      objectKey,
      fileName: request.fileName,
      format: request.format,
      errors: [],
      createdAt: at,
      updatedAt: at,
    })
    .go();
  const upload = await presignUpload(objectKey, contentTypes[request.format]);
  return {
    task: await importTaskView(task),
    upload,
    audit: taskAudit(task, 'requestImport', `发起企业导入：${request.fileName}`),
  };
}

/** The names of the filter's town and grid for the audit summary, where the requester may read them. */
async function filterPlaceNames(principal: Principal, filter: EnterpriseFilter): Promise<FilterPlaceNames> {
  const { townId, gridId } = filter;
  const [town, grid] = await Promise.all([
    townId ? findTown(townId) : undefined,
    gridId && gridId !== 'none' ? findGrid(gridId) : undefined,
  ]);
  return {
    ...(town && inScope(principal, town) ? { town: town.name } : {}),
    ...(grid && inScope(principal, grid) ? { grid: grid.name } : {}),
  };
}

/** A PENDING export task; the request object written after it starts the worker. */
export async function createExportTask(principal: Principal, filter: EnterpriseFilter, now = clockNow()) {
  const taskId = newId(now);
  const at = now.toISOString();
  const objectKey = `export-requests/${taskId}.json`;
  const { data: task } = await transferTask
    .create({
      taskId,
      kind: 'export',
      status: 'PENDING',
      requester: requesterOf(principal),
      objectKey,
      filter,
      createdAt: at,
      updatedAt: at,
    })
    .go();
  await writeTransferObject(objectKey, JSON.stringify({ taskId }), 'application/json');
  return {
    task: await exportTaskView(task),
    audit: taskAudit(
      task,
      'export',
      `导出企业名录（${enterpriseFilterSummary(filter, await filterPlaceNames(principal, filter))}）`,
    ),
  };
}

/** A task for its requester and for whoever's scope covers the requester's; 404 for everyone else. */
async function visibleTask(
  principal: Principal,
  id: string,
  kind: 'import' | 'export',
): Promise<TransferTaskItem> {
  const { data: task } = await transferTask.get({ taskId: id }).go();
  const { userId, ...placement } = task?.requester ?? { userId: '' };
  if (!task || task.kind !== kind || (userId !== principal.userId && !inScope(principal, placement)))
    throw new NotFoundError();
  return task;
}

export const getImportTask = async (principal: Principal, id: string) =>
  importTaskView(await visibleTask(principal, id, 'import'));
export const getExportTask = async (principal: Principal, id: string) =>
  exportTaskView(await visibleTask(principal, id, 'export'));
