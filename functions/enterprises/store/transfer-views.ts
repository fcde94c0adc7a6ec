import type { EntityItem } from 'electrodb';
import type * as z from 'zod';
import { importReportFileName } from '#functions/enterprises/domain/import-report';
import type {
  exportTaskSchema,
  ImportRowError,
  importTaskSchema,
} from '#functions/enterprises/schemas/transfers';
import type { transferTask } from '#functions/enterprises/store/entities/transfer-task';
import { presignDownload } from '#functions/enterprises/store/transfer-objects';
import { RUN_LEASE_MS } from '#functions/enterprises/store/transfer-runs';
import { now } from '#functions/platform/clock';
import type { Principal } from '#functions/platform/principal';

export type TransferTaskItem = EntityItem<typeof transferTask>;
export type ImportTask = z.input<typeof importTaskSchema>;
export type ExportTask = z.input<typeof exportTaskSchema>;

/** The requester a worker acts for, as the task stored it. */
export function requesterPrincipal(task: TransferTaskItem): Principal {
  return JSON.parse(JSON.stringify(task.requester)) as Principal;
}

/** What a task stores of its requester: the principal without undefined scope fields. */
export function requesterOf(principal: Principal): TransferTaskItem['requester'] {
  const { userId, username, name, role, districtId, townId, gridId, enterpriseId } = principal;
  return JSON.parse(
    JSON.stringify({ userId, username, name, role, districtId, townId, gridId, enterpriseId }),
  );
}

const common = (task: TransferTaskItem) => ({
  id: task.taskId,
  status: task.status,
  total: task.total,
  processed: task.processed,
  ...(task.message ? { message: task.message } : {}),
  createdAt: task.createdAt,
  updatedAt: task.updatedAt,
});

/**
 * Where the import's name-index phase stands. A phase that has not moved for a lease's time is taken for
 * stopped (its run died, e.g. at the worker's timeout): the nightly job completes it, as after a failure.
 */
function indexStatusOf(task: TransferTaskItem, at: Date): ImportTask['indexStatus'] {
  if (task.status !== 'DONE' || task.indexed >= task.indexTotal) return 'DONE';
  if (task.indexFailedAt) return 'DEFERRED';
  return at.getTime() - Date.parse(task.updatedAt) > RUN_LEASE_MS ? 'DEFERRED' : 'RUNNING';
}

/** Links are signed when the task is read, so a link is always good for the next hour. */
export async function importTaskView(task: TransferTaskItem): Promise<ImportTask> {
  const reportUrl =
    task.reportKey &&
    (await presignDownload(task.reportKey, importReportFileName(task.fileName ?? task.taskId)));
  return {
    ...common(task),
    fileName: task.fileName ?? '',
    created: task.created,
    updated: task.updated,
    unchanged: task.unchanged,
    failed: task.failed,
    errors: (task.errors ?? []) as ImportRowError[],
    indexed: task.indexed,
    indexTotal: task.indexTotal,
    indexStatus: indexStatusOf(task, now()),
    ...(reportUrl ? { reportUrl } : {}),
  };
}

export async function exportTaskView(task: TransferTaskItem): Promise<ExportTask> {
  const day = task.createdAt.slice(0, 10);
  const downloadUrl = task.downloadKey && (await presignDownload(task.downloadKey, `企业名录-${day}.xlsx`));
  return { ...common(task), ...(downloadUrl ? { downloadUrl } : {}) };
}
