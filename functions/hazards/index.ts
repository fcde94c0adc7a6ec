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

export type { DeadlineReminderHazard } from '#functions/hazards/store/reminder-deadlines';

/** For the reminders job: a district's OPEN hazards with a deadline before `until`, page by page (a key range). */
export async function* openHazardsDueBefore(districtId: string, until: Date) {
  const { openHazardsDueBefore: read } = await import('#functions/hazards/store/reminder-deadlines');
  yield* read(districtId, until);
}

export type { PeriodHazard } from '#functions/hazards/store/period-hazards';

/** A district's hazards due in [from, to) or open past deadline at `to`, for the period metrics (lazy store). */
export async function periodHazards(districtId: string, from: string, to: string) {
  const { periodHazards: read } = await import('#functions/hazards/store/period-hazards');
  return read(districtId, from, to);
}
