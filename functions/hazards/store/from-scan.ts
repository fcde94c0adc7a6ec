import { hazardIdOfFinding } from '#functions/hazards/domain/finding-id';
import type { HazardFromScanInput } from '#functions/hazards/index';
import { createFoundHazard } from '#functions/hazards/store/from-finding';

/** The hazard id of a scan: the same scan (however often retried, at whatever time) names the same hazard. */
export const hazardIdOfScan = (scanId: string) => hazardIdOfFinding('scan', scanId);

/** A hazard found by a scan (source `scan`), keyed by the scan: a retried scan creates one hazard. */
export async function createHazardFromScan(input: HazardFromScanInput): Promise<{ hazardId: string }> {
  const { hazardId } = await createFoundHazard({
    ...input,
    source: 'scan',
    findingRef: input.scanId,
    extra: { riskPointId: input.riskPointId, riskPointName: input.riskPointName, scanId: input.scanId },
    requestId: `scan:${input.scanId}`,
    routeKey: 'POST /api/scans',
  });
  return { hazardId };
}
