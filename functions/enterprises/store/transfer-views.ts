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
    ...(reportUrl ? { reportUrl } : {}),
  };
}

export async function exportTaskView(task: TransferTaskItem): Promise<ExportTask> {
  const day = task.createdAt.slice(0, 10);
  const downloadUrl = task.downloadKey && (await presignDownload(task.downloadKey, `企业名录-${day}.xlsx`));
  return { ...common(task), ...(downloadUrl ? { downloadUrl } : {}) };
}
