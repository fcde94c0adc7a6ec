import { agencyColumns, agencyExportExtras, agencyExportRow } from '#functions/agencies/domain/agency-sheet';
import {
  REQUESTER_CHANGED,
  requesterPrincipal,
  requesterStillEntitled,
} from '#functions/agencies/events/requester';
import type { AgencyTransferItem } from '#functions/agencies/store/entities/agency-transfer';
import { allAgencyViews } from '#functions/agencies/store/list';
import { writeTransferObject, XLSX_TYPE } from '#functions/agencies/store/transfer-objects';
import { type Run, updateAgencyRun } from '#functions/agencies/store/transfer-runs';
import type { AgencyExportFilter } from '#functions/agencies/transfer-schemas';
import { now } from '#functions/platform/clock';
import { writeWorkbook } from '#functions/platform/files/xlsx-writer';

const columns = [...agencyColumns, ...agencyExportExtras];

/**
 * Writes every agency the requester reaches that passes the task's filter to `exports/<taskId>.xlsx`: the
 * import's columns (so the file can be edited and imported again) plus 本年度得分 and 是否公告. The city has a
 * few hundred agencies, so the workbook is built in memory and written in one put.
 */
export async function runAgencyExport(run: Run, task: AgencyTransferItem, clock: () => Date = now) {
  if (!(await requesterStillEntitled(task))) {
    await updateAgencyRun(run, { status: 'FAILED', message: REQUESTER_CHANGED.export }, clock());
    return { total: 0, failed: REQUESTER_CHANGED.export };
  }
  // Stored as the route parsed it (listed already a boolean).
  const filter = (task.filter ?? {}) as AgencyExportFilter;
  const agencies = await allAgencyViews(requesterPrincipal(task), filter, clock());
  const downloadKey = `exports/${task.taskId}.xlsx`;
  const workbook = writeWorkbook([
    {
      name: '中介机构名录',
      columnWidths: columns.map((column) => column.width),
      rows: [columns.map((column) => column.header), ...agencies.map(agencyExportRow)],
    },
  ]);
  await writeTransferObject(downloadKey, workbook, XLSX_TYPE);
  const total = agencies.length;
  await updateAgencyRun(run, { status: 'DONE', processed: total, total, downloadKey }, clock());
  return { total, bytes: workbook.length };
}
