import { deductionsBetween } from '#functions/agency-deductions/index';
import { quarterRange, tallyAgencyStats } from '#functions/agency-notices/domain/tally';
import type { AgencyStats, StatsQuery } from '#functions/agency-notices/schemas';
import { publishedNoticesBetween } from '#functions/agency-notices/store/contract';

/**
 * A quarter's figures, computed on the request from the quarter's live deductions (key-condition reads by
 * issuing district and month, a few hundred items) and its published notices. Both roles see the whole city's
 * comparison; `districtId` keeps that district's row only (the city total and average stay).
 */
export async function agencyStats(query: StatsQuery): Promise<AgencyStats> {
  const { from, to } = quarterRange(query.year, query.quarter);
  const [deductions, notices] = await Promise.all([
    deductionsBetween(from, to),
    publishedNoticesBetween(from, to),
  ]);
  const tally = tallyAgencyStats(deductions, notices);
  const districts = query.districtId
    ? tally.districts.filter((row) => row.districtId === query.districtId)
    : tally.districts;
  return { year: query.year, quarter: query.quarter, from, to, ...tally, districts };
}
