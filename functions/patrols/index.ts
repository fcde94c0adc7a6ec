/**
 * What other capabilities may use of patrols (网格化巡查): the facts of recorded patrols by district, town and
 * enterprise (key ranges, for patrol rates and repeated findings) and the district's patrol frequency. The stores
 * load on first use: importing this index from a job's manifest must not build the table client.
 */

export { UNCATEGORISED_HAZARD } from '#functions/patrols/domain/answers';

/** What a patrol tells the rate and repeated-findings readers. Days are Asia/Shanghai `YYYY-MM-DD`. */
export interface PatrolFact {
  patrolId: string;
  enterpriseId: string;
  districtId: string;
  townId: string;
  gridId: string;
  /** ISO instant the patrol was recorded. */
  at: string;
  /** form item ids answered 不符合 */
  failedItemIds: string[];
  /** the category of each hazard of `hazardIds`, same order (the form item id it belongs to, or a hazard category code) */
  hazardCategories: string[];
  hazardIds: string[];
}

/** A district's patrols whose day is in [from, to] (both inclusive, `YYYY-MM-DD`), page by page, oldest first. */
export async function* patrolsOfDistrictBetween(
  districtId: string,
  from: string,
  to: string,
): AsyncGenerator<PatrolFact[]> {
  const { patrolsOfDistrictBetween: read } = await import('#functions/patrols/store/facts');
  yield* read(districtId, from, to);
}

/** A town's patrols whose day is on or after `since` (`YYYY-MM-DD`), oldest first. */
export async function patrolsOfTownSince(townId: string, since: string): Promise<PatrolFact[]> {
  const { patrolsOfTownSince: read } = await import('#functions/patrols/store/facts');
  return read(townId, since);
}

/** An enterprise's patrols whose day is on or after `since` (`YYYY-MM-DD`), oldest first. */
export async function patrolsOfEnterpriseSince(enterpriseId: string, since: string): Promise<PatrolFact[]> {
  const { patrolsOfEnterpriseSince: read } = await import('#functions/patrols/store/facts');
  return read(enterpriseId, since);
}

/** A grid's patrols whose day is in [from, to] (both inclusive), oldest first (added after the first contract). */
export async function patrolsOfGridBetween(gridId: string, from: string, to: string): Promise<PatrolFact[]> {
  const { patrolsOfGridBetween: read } = await import('#functions/patrols/store/facts');
  return read(gridId, from, to);
}

/** Days between two patrols of one enterprise in the district: the district's own setting, else 30 (monthly). */
export async function patrolFrequencyDays(districtId: string): Promise<number> {
  const { patrolFrequencyDays: read } = await import('#functions/patrols/store/plan');
  return read(districtId);
}
