import { currentQuarter } from '#functions/patrol-insights/domain/periods';
import type { RateLevel } from '#functions/patrol-insights/domain/rates';
import {
  type PatrolRateQuery,
  type PatrolRateRow,
  type PatrolRates,
  patrolRateRowSchema,
} from '#functions/patrol-insights/schemas';
import { patrolRateRow, patrolRateRun } from '#functions/patrol-insights/store/entities/rate-row';
import { sleep } from '#functions/platform/concurrency';
import { districtIds, districts } from '#functions/platform/districts';
import type { Principal } from '#functions/platform/principal';
import { type ListScope, listScope } from '#functions/platform/scope';

const MAX_ROUNDS = 8;

/** Where a row is kept: the city and district levels in the city's bucket, towns and grids in their district's. */
export function rowKey(period: string, row: PatrolRateRow) {
  const bucket = row.level === 'city' || row.level === 'district' ? 'city' : (row.districtId as string);
  const areaKey = row.level === 'grid' ? `${row.townId}#${row.gridId}` : row.id;
  return { period, level: row.level, bucket, areaKey };
}

/** Writes the rows (BatchWriteItem, 25 a request), writing what comes back unprocessed again with backoff. */
export async function saveRateRows(
  rows: readonly (PatrolRateRow & { period: string })[],
  generatedAt: string,
): Promise<void> {
  let pending = rows.map(({ period, ...row }) => ({ ...rowKey(period, row), generatedAt, row }));
  for (let round = 0; pending.length > 0; round += 1) {
    if (round === MAX_ROUNDS) throw new Error(`patrol rates still unprocessed after ${MAX_ROUNDS} rounds`);
    if (round > 0) await sleep(Math.min(50 * 2 ** round, 2000));
    const { unprocessed } = await patrolRateRow.put(pending).go({ concurrent: 4 });
    const key = (k: { period: string; level: string; bucket: string; areaKey: string }) =>
      `${k.period}|${k.level}|${k.bucket}|${k.areaKey}`;
    const left = new Set((unprocessed as Parameters<typeof key>[0][]).map(key));
    pending = pending.filter((item) => left.has(key(item)));
  }
}

/** Marks a period's run: rows not rewritten for `STALE_AFTER_MS` before it are gone areas from then on. */
export async function finishRatePeriod(period: string, generatedAt: string, throughDay: string) {
  await patrolRateRun.put({ period, generatedAt, throughDay }).go();
}

/** The districts' rows of a period as stored (one query of the city's bucket), for a segmented run's city sums. */
export async function districtRowsOf(period: string): Promise<PatrolRateRow[]> {
  const { data } = await patrolRateRow.query
    .byBucket({ period, level: 'district', bucket: 'city' })
    .go({ pages: 'all' });
  return data.map((item) => patrolRateRowSchema.parse(item.row));
}

/**
 * Rows a run did not rewrite for this long before the period's last run are areas that are gone (a deleted
 * grid): not shown. The margin lets the segments of one run (and a run that failed half-way) overlap the rows
 * of the previous hour without hiding them.
 */
export const STALE_AFTER_MS = 3 * 3600 * 1000;
const staleBefore = (generatedAt: string) => new Date(Date.parse(generatedAt) - STALE_AFTER_MS).toISOString();

/** Whether a row lies in the caller's area (a town officer: its town's rows and its grids', nothing above). */
function inArea(scope: ListScope, row: PatrolRateRow): boolean {
  switch (scope.kind) {
    case 'all':
      return true;
    case 'district':
      return row.districtId === scope.districtId;
    case 'town':
      return row.townId === scope.townId;
    case 'grid':
      return row.gridId === scope.gridId;
    default:
      return false;
  }
}

const districtOrder = new Map<string, number>(districts.map((d, i) => [d.id, i]));

/**
 * The rows of one level of a period in the caller's area: one query per bucket (the city's, or each district's
 * that the filter and scope leave: at most 7), never a scan. A filter outside the scope gives no rows.
 */
export async function findPatrolRates(
  principal: Principal,
  query: PatrolRateQuery,
  now: Date,
): Promise<PatrolRates> {
  const period = query.period ?? currentQuarter(now);
  const level: RateLevel = query.level;
  const scope = listScope(principal);
  const { data: run } = await patrolRateRun.get({ period }).go();
  const pinnedDistrict = 'districtId' in scope ? scope.districtId : undefined;
  const districtId = query.districtId ?? pinnedDistrict;
  // a town officer's or grid member's grids are one begins_with of its district's bucket
  const townId = query.townId ?? (scope.kind === 'town' || scope.kind === 'grid' ? scope.townId : undefined);
  const buckets =
    level === 'city' || level === 'district' ? ['city'] : districtId ? [districtId] : [...districtIds];
  const rows: PatrolRateRow[] = [];
  for (const bucket of buckets) {
    const base = patrolRateRow.query.byBucket({ period, level, bucket });
    const { data } = await (level === 'grid' && townId ? base.begins({ areaKey: `${townId}#` }) : base).go({
      pages: 'all',
    });
    for (const item of data) {
      if (run && item.generatedAt < staleBefore(run.generatedAt)) continue;
      rows.push(patrolRateRowSchema.parse(item.row));
    }
  }
  const kept = rows.filter(
    (row) =>
      inArea(scope, row) &&
      (!query.districtId || row.districtId === query.districtId) &&
      (!query.townId || row.townId === query.townId),
  );
  if (level === 'district')
    kept.sort((a, b) => (districtOrder.get(a.id) ?? 99) - (districtOrder.get(b.id) ?? 99));
  return { period, level, generatedAt: run?.generatedAt ?? null, rows: kept };
}
