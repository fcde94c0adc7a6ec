/** One enterprise's scans in one Asia/Shanghai quarter (`2026Q4`), kept on the scan write path. */
export interface EnterpriseScanCounter {
  enterpriseId: string;
  districtId: string;
  townId: string;
  gridId?: string;
  quarter: string;
  scans: number;
  lateScans: number;
  principalScans: number;
  hazardScans: number;
  firstScanAt?: string;
  lastScanAt?: string;
}

/** What a counter needs of one scan: where, when, and the three flags it counts. */
export interface CountedScan {
  enterpriseId: string;
  districtId: string;
  townId: string;
  gridId?: string;
  scannedAt: string;
  late: boolean;
  principal: boolean;
  result: 'normal' | 'hazard';
}

/** The deltas one scan adds: 1 scan, and 1 for each of late, by the principal, a hazard found (self-found). */
export const scanDeltas = (scan: CountedScan) => ({
  scans: 1,
  lateScans: scan.late ? 1 : 0,
  principalScans: scan.principal ? 1 : 0,
  hazardScans: scan.result === 'hazard' ? 1 : 0,
});

/**
 * The counter of an enterprise-quarter from all its scans (the repair's ground truth), or undefined for none.
 * The place is the newest scan's, as the live path leaves it (each increment writes the scan's place).
 */
export function counterOf(quarter: string, scans: readonly CountedScan[]): EnterpriseScanCounter | undefined {
  const sorted = [...scans].sort((a, b) => a.scannedAt.localeCompare(b.scannedAt));
  const newest = sorted.at(-1);
  if (!newest) return undefined;
  const totals = { scans: 0, lateScans: 0, principalScans: 0, hazardScans: 0 };
  for (const scan of sorted) {
    const deltas = scanDeltas(scan);
    for (const key of Object.keys(totals) as (keyof typeof totals)[]) totals[key] += deltas[key];
  }
  return {
    enterpriseId: newest.enterpriseId,
    districtId: newest.districtId,
    townId: newest.townId,
    ...(newest.gridId ? { gridId: newest.gridId } : {}),
    quarter,
    ...totals,
    firstScanAt: sorted[0]?.scannedAt,
    lastScanAt: newest.scannedAt,
  };
}
