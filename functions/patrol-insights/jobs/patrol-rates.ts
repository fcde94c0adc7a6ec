import { listEnterpriseCensus } from '#functions/enterprises/index';
import { loadOrgDirectory } from '#functions/org/index';
import { readRange, runPeriods, runSlot } from '#functions/patrol-insights/domain/periods';
import {
  cityRows,
  districtRows,
  type RatePatrol,
  type RateRow,
} from '#functions/patrol-insights/domain/rates';
import type { PatrolRateRow } from '#functions/patrol-insights/schemas';
import { finishRatePeriod, saveRateRows } from '#functions/patrol-insights/store/rates';
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
 * The patrol rates of the run at `at` (巡查率, DOMAIN.md): for each district (fanned out, 4 at a time) it reads
 * the census of its enterprises once and its patrols of the whole read range once (the month and quarter of
 * today, and of yesterday when a period just ended — one key range covers them all), computes the district's,
 * towns' and grids' rows and writes them; then the city's rows from the districts' and each period's run mark.
 * A run that fails half-way leaves the older rows of the districts it did not reach; the next hour replaces them.
 */
export async function runPatrolRates(at: Date): Promise<PatrolRateCounts> {
  const periods = runPeriods(at);
  const { from, to } = readRange(periods);
  const generatedAt = at.toISOString();
  const counts: PatrolRateCounts = {
    periods: periods.map((p) => p.period),
    enterprises: 0,
    patrols: 0,
    rows: 0,
  };
  const perDistrict = await mapLimit(districtIds, DISTRICT_CONCURRENCY, async (districtId) => {
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
  const city = cityRows(perDistrict.flat(), periods).map((row) => named(row, '全市'));
  await saveRateRows(city, generatedAt);
  counts.rows += city.length;
  for (const period of periods) await finishRatePeriod(period.period, generatedAt, period.throughDay);
  logger.info('patrol rates done', { ...counts });
  return counts;
}

/** Hourly (manifest cron): one run per hour slot; a failed one is taken over by the next trigger. */
export const handler = jobHandler('patrol-rates', {
  periodKey: runSlot,
  run: async ({ at }) => {
    const counts = await runPatrolRates(at);
    return { items: counts.enterprises + counts.patrols, ...counts };
  },
});
