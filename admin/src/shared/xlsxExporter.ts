import type { Exporter, RaRecord } from 'react-admin';
import { businessDay } from '#functions/platform/clock';
import { saveFile, XLSX_TYPE } from './saveFile';

export interface ExportColumn<R> {
  header: string;
  value: (record: R, related: Record<string, Record<string, RaRecord>>) => string | number | null | undefined;
  /** Another resource whose records `value` needs, fetched by this field's ids (e.g. townId → towns). */
  related?: { field: string; resource: string };
}

/**
 * An exporter for cursor-paginated lists: react-admin reads every page of the current filter (the data provider
 * pages through 100 at a time), and the rows go into an XLSX made by the API's own writer, Chinese headers
 * first. Phones are exported as the list shows them (masked).
 */
export function xlsxExporter<R extends RaRecord>(
  fileName: string,
  columns: readonly ExportColumn<R>[],
): Exporter {
  return async (records, fetchRelatedRecords) => {
    const related: Record<string, Record<string, RaRecord>> = {};
    for (const column of columns) {
      if (!column.related || related[column.related.resource]) continue;
      related[column.related.resource] = (await fetchRelatedRecords(
        records,
        column.related.field,
        column.related.resource,
      )) as Record<string, RaRecord>;
    }
    const rows = [
      columns.map((column) => column.header),
      ...(records as R[]).map((record) => columns.map((column) => column.value(record, related) ?? '')),
    ];
    const { writeXlsx } = await import('#functions/platform/files/xlsx-writer');
    const stamp = businessDay(new Date()); // the Asia/Shanghai day, whatever the browser's time zone
    saveFile(writeXlsx(rows, { sheetName: fileName }), `${fileName}-${stamp}.xlsx`, XLSX_TYPE);
  };
}

/** How many rows an export reads at most: enough for a city's accounts and a quarter's log. */
export const EXPORT_MAX_ROWS = 50_000;
