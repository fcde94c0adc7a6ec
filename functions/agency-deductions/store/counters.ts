import { AGENCY_BASE_SCORE } from '#functions/agencies/index';
import { agencyScoreCounter } from '#functions/agency-deductions/store/entities/score-counter';

export interface AgencyScore {
  score: number;
  points: number;
  deductions: number;
}

/** Score = base minus the year's live points, never below 0. */
export const scoreOf = (points: number): number => Math.max(0, AGENCY_BASE_SCORE - points);

/** Adds (or, negative, takes back) live points and a count to the agency's counter of the year: atomic ADD. */
export async function addToCounter(agencyId: string, year: number, points: number, deductions: number) {
  await agencyScoreCounter.update({ agencyId, year }).add({ points, deductions }).go();
}

/** The scores of `agencyIds` in `year`, in batches; an agency with no counter has the base score. */
export async function agencyScores(
  agencyIds: readonly string[],
  year: number,
): Promise<Map<string, AgencyScore>> {
  const unique = [...new Set(agencyIds)];
  const scores = new Map<string, AgencyScore>(
    unique.map((agencyId) => [agencyId, { score: AGENCY_BASE_SCORE, points: 0, deductions: 0 }]),
  );
  for (let start = 0; start < unique.length; start += 100) {
    const keys = unique.slice(start, start + 100).map((agencyId) => ({ agencyId, year }));
    const { data } = await agencyScoreCounter.get(keys).go({ consistent: true });
    for (const item of data) {
      const points = Math.max(0, item.points ?? 0);
      scores.set(item.agencyId, {
        score: scoreOf(points),
        points,
        deductions: Math.max(0, item.deductions ?? 0),
      });
    }
  }
  return scores;
}
