import { enterprisePlacement } from '#functions/enterprises/index';
import { levelInScope, narrow } from '#functions/metrics/domain/overdue-scope';
import { currentQuarter } from '#functions/metrics/domain/period-quarter';
import { periodThresholds } from '#functions/metrics/domain/period-thresholds';
import type { PeriodQuery, PeriodResponse, PeriodRow } from '#functions/metrics/schemas-period';
import { enterprisePeriodRow, periodMeta, periodRowsOf } from '#functions/metrics/store/period-store';
import { loadOrgRefs } from '#functions/org/index';
import { districtIds, districtName } from '#functions/platform/districts';
import { NotFoundError } from '#functions/platform/errors';
import type { Principal } from '#functions/platform/principal';
import { listScope } from '#functions/platform/scope';

async function withNames(rows: PeriodRow[]): Promise<PeriodRow[]> {
  const towns = rows.filter((row) => row.level === 'town').map((row) => row.id);
  const directory = towns.length > 0 ? await loadOrgRefs({ townIds: towns, gridIds: [] }) : undefined;
  return rows.map((row) => {
    if (row.level === 'city') return { ...row, name: '全市' };
    if (row.level === 'district') return { ...row, name: districtName(row.id) ?? row.name };
    if (row.level === 'town') return { ...row, name: directory?.town(row.id)?.name ?? row.name };
    return row;
  });
}

/** An enterprise user's own row (the level asked does not matter: it has no other area to see). */
async function ownRow(quarter: string, enterpriseId: string): Promise<PeriodRow[]> {
  const place = await enterprisePlacement(enterpriseId);
  const row = place ? await enterprisePeriodRow(quarter, place.districtId, enterpriseId) : null;
  return row ? [row] : [];
}

/**
 * `GET /api/metrics/period`: the quarter's rows of one level inside the caller's scope, read by key (GetItem or
 * one Query per district). Scope as the overdue route: a level above the caller's own area is 404; a district
 * admin sees its district's row (ranked among the 7) and its towns; a town officer its town; an enterprise user
 * its own enterprise. Before the job's first run for the quarter: `throughDay: null`, no rows.
 */
export async function findPeriod(
  principal: Principal,
  query: PeriodQuery,
  now: Date,
): Promise<PeriodResponse> {
  const scope = listScope(principal);
  const quarter = query.quarter ?? currentQuarter(now);
  const isEnterprise = scope.kind === 'enterprise';
  if (scope.kind === 'none' || scope.kind === 'grid' || (!isEnterprise && !levelInScope(scope, query.level)))
    throw new NotFoundError('当前账号无权查看该层级的期间指标');
  const meta = await periodMeta(quarter);
  const answer = {
    quarter,
    level: isEnterprise ? ('enterprise' as const) : query.level,
    final: meta?.final ?? false,
    throughDay: meta?.throughDay ?? null,
    generatedAt: meta?.generatedAt ?? null,
    thresholds: periodThresholds(),
  };
  if (!meta) return { ...answer, data: [] };
  if (scope.kind === 'enterprise') return { ...answer, data: await ownRow(quarter, scope.enterpriseId) };
  const n = narrow(scope, query);
  if (!n) return { ...answer, data: [] };
  let rows: PeriodRow[];
  if (query.level === 'city') rows = await periodRowsOf(quarter, 'city', '-');
  else if (query.level === 'district')
    rows = (await periodRowsOf(quarter, 'district', 'city')).filter(
      (row) => !n.districtId || row.id === n.districtId,
    );
  else {
    const districts = n.districtId ? [n.districtId] : districtIds;
    const lists = await Promise.all(districts.map((d) => periodRowsOf(quarter, 'town', d)));
    rows = lists.flat().filter((row) => !n.townId || row.id === n.townId);
  }
  return { ...answer, data: await withNames(rows) };
}
