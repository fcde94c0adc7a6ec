/** What other capabilities may use of hazards (隐患与整改闭环): recording a hazard a scan, patrol, campaign or zeroing list found. */

/** The hazard vocabulary (pure): levels and the 重大隐患 categories, for the finders' own schemas (patrols). */
export { hazardLevels, majorCategoryCodes } from '#functions/hazards/domain/kinds';

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

export interface HazardFindingInput {
  source: 'patrol' | 'campaign' | 'zeroing';
  /** Unique per finding within the source, e.g. `${patrolId}:${n}`: the same ref names the same hazard. */
  findingRef: string;
  enterpriseId: string;
  districtId: string;
  townId: string;
  gridId?: string;
  description: string;
  level: 'general' | 'major';
  majorCategory?: string;
  /** A grouping the repeated-findings rule compares (a patrol form item id, a checklist item id). */
  category?: string;
  photoIds: string[];
  createdBy: string;
  at: string;
  /** For the audit entry: the route that recorded the finding and its request id. */
  routeKey: string;
  requestId: string;
}

/** Idempotent by (source, findingRef): a retried finding creates one hazard (`created` false the second time). */
export async function createHazardFromFinding(
  input: HazardFindingInput,
): Promise<{ hazardId: string; created: boolean }> {
  const { createFoundHazard } = await import('#functions/hazards/store/from-finding');
  return createFoundHazard(input);
}

/** The hazard id a finding will have (deterministic): lets a caller name its hazards before creating them. */
export { hazardIdOfFinding } from '#functions/hazards/domain/finding-id';

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

export type { HazardState } from '#functions/hazards/store/by-ids';

/** The hazards of `ids` that exist, with their state now (the zeroing campaign's list and board; lazy store). */
export async function hazardsByIds(ids: readonly string[]) {
  const { hazardsByIds: read } = await import('#functions/hazards/store/by-ids');
  return read(ids);
}
