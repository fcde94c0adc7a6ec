import { listEnterpriseCensus } from '#functions/enterprises/index';
import { loadOrgDirectory } from '#functions/org/index';
import { type RunPeriod, readRange, runPeriods, runSlot } from '#functions/patrol-insights/domain/periods';
import {
  cityRows,
  districtRows,
  type RatePatrol,
  type RateRow,
} from '#functions/patrol-insights/domain/rates';
import type { PatrolRateRow } from '#functions/patrol-insights/schemas';
import { districtRowsOf, finishRatePeriod, saveRateRows } from '#functions/patrol-insights/store/rates';
import { patrolsOfDistrictBetween } from '#functions/patrols/index';
import { mapLimit } from '#functions/platform/concurrency';
import { districtIds, districtName } from '#functions/platform/districts';
import { jobHandler } from '#functions/platform/jobs/job';
import { logger } from '#functions/platform/logger';

/** Districts computed at once: 7 partitions read side by side, each one query stream. */
const DISTRICT_CONCURRENCY = 4;

export interface PatrolRateCounts {
  periods: string[];
  enterprises: number;
  patrols: number;
  rows: number;
}

type Named = PatrolRateRow & { period: string };
const named = (row: RateRow, name: string | null): Named => ({ ...row, name });

/**
 * The patrol rates of the run at `at` (巡查率, DOMAIN.md): for each district of this segment (the 7 districts
 * dealt round the segments; fanned out 4 at a time within one) it reads the census of its enterprises once and
 * its patrols of the whole read range once (the month and quarter of today, and of yesterday when a period just
 * ended — one key range covers them all), computes the district's, towns' and grids' rows and writes them. Then
 * the city's rows: its own districts' fresh rows with the others' as stored (a few rows per period), so each
 * segment leaves a city row as good as the districts done so far, and the last one a complete one.
 */
export async function runPatrolRates(at: Date, segment = 0, totalSegments = 1): Promise<PatrolRateCounts> {
  const periods = runPeriods(at);
  const { from, to } = readRange(periods);
  const generatedAt = at.toISOString();
  const counts: PatrolRateCounts = {
    periods: periods.map((p) => p.period),
    enterprises: 0,
    patrols: 0,
    rows: 0,
  };
  const mine = districtIds.filter((_, index) => index % totalSegments === segment);
  const perDistrict = await mapLimit(mine, DISTRICT_CONCURRENCY, async (districtId) => {
    const [census, names] = await Promise.all([
      listEnterpriseCensus(districtId),
      loadOrgDirectory(districtId),
    ]);
    const patrols: RatePatrol[] = [];
    for await (const page of patrolsOfDistrictBetween(districtId, from, to))
      for (const fact of page) patrols.push({ enterpriseId: fact.enterpriseId, at: fact.at });
    const rows = districtRows(districtId, census, patrols, periods);
    const out = rows.map((row) =>
      named(
        row,
        row.level === 'district'
          ? (districtName(row.id) ?? null)
          : row.level === 'town'
            ? (names.town(row.id)?.name ?? null)
            : (names.grid(row.id)?.name ?? null),
      ),
    );
    await saveRateRows(out, generatedAt);
    counts.enterprises += census.length;
    counts.patrols += patrols.length;
    counts.rows += out.length;
    return rows.filter((row) => row.level === 'district');
  });
  const fresh = perDistrict.flat();
  const others = totalSegments === 1 ? [] : await storedDistrictRows(periods, new Set(mine));
  const city = cityRows([...fresh, ...others], periods).map((row) => named(row, '全市'));
  await saveRateRows(city, generatedAt);
  counts.rows += city.length;
  for (const period of periods) await finishRatePeriod(period.period, generatedAt, period.throughDay);
  logger.info('patrol rates done', { ...counts, segment, totalSegments });
  return counts;
}

/** The districts' rows other segments keep (the latest stored of each period), for the city's sums. */
async function storedDistrictRows(
  periods: readonly RunPeriod[],
  skip: ReadonlySet<string>,
): Promise<RateRow[]> {
  const rows: RateRow[] = [];
  for (const period of periods)
    for (const row of await districtRowsOf(period.period))
      if (!skip.has(row.id)) rows.push({ ...row, period: period.period });
  return rows;
}

/**
 * Hourly (manifest cron): one run per hour slot (and segment); a failed one is taken over by the next trigger.
 * One Lambda does the city; `totalSegments` up to 7 runs the districts side by side (one each at 7).
 */
export const handler = jobHandler('patrol-rates', {
  periodKey: runSlot,
  run: async ({ at, segment, totalSegments }) => {
    const counts = await runPatrolRates(at, segment, totalSegments);
    return { items: counts.enterprises + counts.patrols, ...counts };
  },
});
