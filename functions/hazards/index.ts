/** What other capabilities may use of hazards (隐患与整改闭环): recording a hazard a scan found. */

export interface HazardFromScanInput {
  scanId: string;
  riskPointId: string;
  riskPointName: string;
  enterpriseId: string;
  districtId: string;
  townId: string;
  gridId?: string;
  description: string;
  level: 'general' | 'major';
  majorCategory?: string;
  photoIds: string[];
  createdBy: string;
  at: string;
}

/** Idempotent by scanId (deterministic hazard id): a retried scan creates one hazard. Loads the store on first use. */
export async function createHazardFromScan(input: HazardFromScanInput): Promise<{ hazardId: string }> {
  const { createHazardFromScan: create } = await import('#functions/hazards/store/from-scan');
  return create(input);
}
