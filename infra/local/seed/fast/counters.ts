import { type EnterpriseScanCounter, scanCounterItem, scanQuarter } from '#functions/scans/index';
import type { Item } from './batch-writer';

type CountedScan = {
  enterpriseId: string;
  districtId: string;
  townId: string;
  gridId?: string | undefined;
  scannedAt: string;
  late: boolean;
  principal: boolean;
  result: string;
};

/**
 * An enterprise's per-quarter scan counters (what scans keeps on its write path, contract.md "scanpath"), summed
 * from the very scan items the seed writes, so that a counter never disagrees with its scans. Items through
 * scans' own `scanCounterItem` (its key layout, not ours).
 */
export function counterItems(scans: readonly CountedScan[]): Item[] {
  const byQuarter = new Map<string, EnterpriseScanCounter>();
  for (const scan of scans) {
    const quarter = scanQuarter(scan.scannedAt);
    const counter = byQuarter.get(quarter) ?? {
      enterpriseId: scan.enterpriseId,
      districtId: scan.districtId,
      townId: scan.townId,
      ...(scan.gridId ? { gridId: scan.gridId } : {}),
      quarter,
      scans: 0,
      lateScans: 0,
      principalScans: 0,
      hazardScans: 0,
      firstScanAt: scan.scannedAt,
      lastScanAt: scan.scannedAt,
    };
    counter.scans += 1;
    if (scan.late) counter.lateScans += 1;
    if (scan.principal) counter.principalScans += 1;
    if (scan.result === 'hazard') counter.hazardScans += 1;
    if (scan.scannedAt < (counter.firstScanAt ?? scan.scannedAt)) counter.firstScanAt = scan.scannedAt;
    if (scan.scannedAt > (counter.lastScanAt ?? scan.scannedAt)) counter.lastScanAt = scan.scannedAt;
    byQuarter.set(quarter, counter);
  }
  return [...byQuarter.values()].map((counter) => scanCounterItem(counter));
}
