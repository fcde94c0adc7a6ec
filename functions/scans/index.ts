/** What other capabilities may use of scans (扫码自查): the record's shape. */
export type { Scan } from '#functions/scans/schemas';
