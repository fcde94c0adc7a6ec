import { narrowArea, rateLevelInScope } from '#functions/dust-ladder/domain/rate-scope';
import { rateOf } from '#functions/dust-ladder/domain/rate-tally';
import type { DustRateQuery, DustRateResponse, DustRateRow } from '#functions/dust-ladder/schemas';
import { readPointers, readRows, windowStart } from '#functions/dust-ladder/store/rate-reads';
import { businessDay } from '#functions/platform/clock';
import { NotFoundError, ValidationError } from '#functions/platform/errors';
import type { Principal } from '#functions/platform/principal';
import { listScope } from '#functions/platform/scope';

type DayRow = DustRateRow & { day: string };

/** The mean of the daily rates of the days that have a figure (DOMAIN.md: period = mean of days). */
function meanOf(rows: readonly DayRow[]): number | null {
  const rates = rows.map((row) => row.rate).filter((rate): rate is number => rate !== null);
  return rates.length === 0 ? null : rates.reduce((sum, rate) => sum + rate, 0) / rates.length;
}

const figuresOf = (row: DustRateRow | undefined) =>
  row ? { sites: row.sites, uploaded: row.uploaded, rate: row.rate } : { sites: 0, uploaded: 0, rate: null };

const strip = ({ day: _day, ...row }: DayRow): DustRateRow => row;

/**
 * `GET /api/metrics/dust`: the day's rows of one level inside the caller's scope, the scope's own figure, its
 * sites not uploaded that day, and with `days` > 1 the daily trend and each row's mean. Snapshots only, read by
 * key: the jobs count. A level above the caller's own area is 404.
 */
export async function findDustRate(
  principal: Principal,
  query: DustRateQuery,
  now: Date,
): Promise<DustRateResponse> {
  const scope = listScope(principal);
  if (!rateLevelInScope(scope, query.level)) throw new NotFoundError('当前账号无权查看该层级的上报率');
  const date = query.date ?? businessDay(now);
  const area = narrowArea(scope, query);
  const totalLevel = area?.townId ? 'town' : area?.districtId ? 'district' : 'city';
  if (query.days > 1 && query.level === 'site' && !area?.districtId)
    throw new ValidationError([
      { path: 'query.districtId', message: '多日的场所明细须选择辖市（区）', code: 'REQUIRED' },
    ]);
  const from = windowStart(date, query.days);
  const pointers = await readPointers(from, date);
  const pointer = pointers.get(date);
  const empty = { level: query.level, date, days: query.days, asOf: null, final: false };
  if (!area) return { ...empty, total: figuresOf(undefined), rows: [], missing: [], trend: [] };

  const [levelRows, totalRows, missingRows] = await Promise.all([
    readRows(query.level, area, from, date, pointers),
    query.level === totalLevel ? Promise.resolve(null) : readRows(totalLevel, area, from, date, pointers),
    query.level === 'site' ? Promise.resolve(null) : readRows('site', area, date, date, pointers, true),
  ]);
  const ofTotal = (totalRows ?? levelRows).filter((row) => row.level === totalLevel);
  const today = levelRows.filter((row) => row.day === date);
  const byId = new Map<string, DayRow[]>();
  for (const row of levelRows) byId.set(row.id, [...(byId.get(row.id) ?? []), row]);
  const rows = today.map((row) => ({
    ...strip(row),
    ...(query.days > 1 ? { mean: meanOf(byId.get(row.id) ?? []) } : {}),
  }));
  const missing = (missingRows ?? today).filter((row) => row.day === date && row.uploaded === 0);
  const trend =
    query.days > 1
      ? ofTotal
          .sort((a, b) => a.day.localeCompare(b.day))
          .map((row) => ({
            day: row.day,
            sites: row.sites,
            uploaded: row.uploaded,
            rate: rateOf(row.uploaded, row.sites),
          }))
      : [];
  return {
    ...empty,
    asOf: pointer?.asOf ?? null,
    final: pointer?.final ?? false,
    total: figuresOf(ofTotal.find((row) => row.day === date)),
    rows,
    missing: missing.map((row) => ({
      siteId: row.id,
      name: row.name ?? '',
      location: row.location ?? '',
      enterpriseId: row.enterpriseId ?? '',
      districtId: row.districtId ?? '',
      townId: row.townId ?? '',
      townName: row.townName ?? null,
    })),
    trend,
  };
}
