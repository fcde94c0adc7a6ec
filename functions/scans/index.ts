/** What other capabilities may use of scans (扫码自查): the record's shape, and the per-enterprise quarter
 * counters kept on the scan write path (read by the period-metrics job, which runs the repair first). */

export type { EnterpriseScanCounter } from '#functions/scans/domain/counter';
export { scanCounterShard, scanQuarter, scanQuarterBounds } from '#functions/scans/domain/quarter';
export type { Scan } from '#functions/scans/schemas';
export { scanCounterItem } from '#functions/scans/store/counter-item';

// The stores load on first use: the metrics manifest imports this index for the quarter helpers, and the
// table client must not be built at import (the local stack sets its endpoint later).

/** Every counter of a quarter in a district, page by page (one key condition per shard, never a scan). */
export async function* quarterScanCounters(
  quarter: string,
  districtId: string,
): AsyncIterable<import('#functions/scans/domain/counter').EnterpriseScanCounter[]> {
  const { quarterScanCounters: read } = await import('#functions/scans/store/counters');
  yield* read(quarter, districtId);
}

/** Repairs the counters a crash left behind; loads the repair (and the scan entity) on first use. */
export async function repairScanCounters(
  now: Date,
): Promise<{ repaired: number; deferred: number; markers: number }> {
  const { repairScanCounters: repair } = await import('#functions/scans/store/repair');
  return repair(now);
}
