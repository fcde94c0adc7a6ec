import { enterpriseRow, enterpriseWorkbook } from '#functions/enterprises/domain/sheet';
import { maskEnterprise, showsFullPhones } from '#functions/enterprises/domain/view';
import { REQUESTER_CHANGED, requesterStillEntitled } from '#functions/enterprises/events/requester-check';
import type { EnterpriseFilter } from '#functions/enterprises/schemas/enterprises';
import { allEnterprises } from '#functions/enterprises/store/list';
import { writeTransferObject } from '#functions/enterprises/store/transfer-objects';
import { updateRun } from '#functions/enterprises/store/transfer-runs';
import { requesterPrincipal, type TransferTaskItem } from '#functions/enterprises/store/transfer-views';
import { loadOrgDirectory } from '#functions/org/index';
import { now } from '#functions/platform/clock';
import type { CellValue } from '#functions/platform/files/xlsx-cells';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * Writes every enterprise the requester may see that passes the task's filter to `exports/<taskId>.xlsx`, in
 * the import's columns. Phones are full for the roles that manage enterprises (city and district admins: their
 * export is the file they edit and import again) and masked for everyone else, as on a record's detail.
 */
export async function runExport(
  run: { taskId: string; runId: string },
  task: TransferTaskItem,
  clock: () => Date = now,
) {
  if (!(await requesterStillEntitled(task))) {
    await updateRun(run, { status: 'FAILED', message: REQUESTER_CHANGED.export }, clock());
    return { total: 0, failed: REQUESTER_CHANGED.export };
  }
  const requester = requesterPrincipal(task);
  const directory = await loadOrgDirectory(requester.role === 'cityAdmin' ? undefined : requester.districtId);
  const full = showsFullPhones(requester.role);
  const rows: CellValue[][] = [];
  for await (const chunk of allEnterprises(requester, (task.filter ?? {}) as EnterpriseFilter)) {
    for (const record of chunk) rows.push(enterpriseRow(full ? record : maskEnterprise(record), directory));
    await updateRun(run, { processed: rows.length, total: rows.length }, clock());
  }
  const downloadKey = `exports/${task.taskId}.xlsx`;
  await writeTransferObject(downloadKey, enterpriseWorkbook(rows), XLSX);
  await updateRun(run, { status: 'DONE', processed: rows.length, total: rows.length, downloadKey }, clock());
  return { total: rows.length };
}
