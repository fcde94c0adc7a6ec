import { enterpriseHeaders } from '#functions/enterprises/domain/columns';
import { enterpriseRow, enterpriseSheet } from '#functions/enterprises/domain/sheet';
import { maskEnterprise, showsFullPhones } from '#functions/enterprises/domain/view';
import { REQUESTER_CHANGED, requesterStillEntitled } from '#functions/enterprises/events/requester-check';
import type { EnterpriseFilter } from '#functions/enterprises/schemas/enterprises';
import { allEnterprises } from '#functions/enterprises/store/list';
import { updateRun } from '#functions/enterprises/store/transfer-runs';
import { writeTransferObjectInParts } from '#functions/enterprises/store/transfer-uploads';
import { requesterPrincipal, type TransferTaskItem } from '#functions/enterprises/store/transfer-views';
import { loadOrgDirectory } from '#functions/org/index';
import { now } from '#functions/platform/clock';
import { workbookStream } from '#functions/platform/files/xlsx-writer';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * Writes every enterprise the requester may see that passes the task's filter to `exports/<taskId>.xlsx`, in
 * the import's columns. Phones are full for the roles that manage enterprises (city and district admins: their
 * export is the file they edit and import again) and masked for everyone else, as on a record's detail.
 * Rows are streamed: each chunk read is written into the workbook, deflated and sent to S3 as parts of a
 * multipart upload, so memory stays flat however many rows there are (a province's export included).
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
  const downloadKey = `exports/${task.taskId}.xlsx`;
  let total = 0;
  const upload = await writeTransferObjectInParts(downloadKey, XLSX, async (sink) => {
    const workbook = workbookStream([enterpriseSheet], (bytes) => sink.write(bytes));
    workbook.nextSheet();
    workbook.row(enterpriseHeaders);
    for await (const chunk of allEnterprises(requester, (task.filter ?? {}) as EnterpriseFilter)) {
      for (const record of chunk)
        workbook.row(enterpriseRow(full ? record : maskEnterprise(record), directory));
      total += chunk.length;
      await sink.flush();
      await updateRun(run, { processed: total, total }, clock());
    }
    workbook.end();
  });
  await updateRun(run, { status: 'DONE', processed: total, total, downloadKey }, clock());
  return { total, parts: upload.parts, bytes: upload.bytes };
}
