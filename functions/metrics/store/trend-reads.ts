import { daySlot } from '#functions/metrics/domain/overdue-period';
import { levelInScope, narrow } from '#functions/metrics/domain/overdue-scope';
import type { OverdueRow, TrendQuery, TrendResponse } from '#functions/metrics/schemas';
import { rowPk } from '#functions/metrics/store/overdue-keys';
import { loadOrgRefs } from '#functions/org/index';
import { businessDay } from '#functions/platform/clock';
import { districtIds } from '#functions/platform/districts';
import { queryAll } from '#functions/platform/dynamo/items';
import { NotFoundError } from '#functions/platform/errors';
import type { Principal } from '#functions/platform/principal';
import { listScope } from '#functions/platform/scope';

const DAY_MS = 86_400_000;
const shift = (day: string, days: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);

/** The window of `days` days ending with the last day that has ended (yesterday, Asia/Shanghai). */
export function trendWindow(now: Date, days: number): { from: string; to: string } {
  const to = shift(businessDay(now), -1);
  return { from: shift(to, 1 - days), to };
}

/**
 * `GET /api/metrics/trend`: the daily overdue rate of each area of a level inside the caller's scope, from the
 * day snapshots (sk `d<day>#<id>`): one query per parent partition — the 7 districts' 90 days are 630 items.
 */
export async function findTrend(principal: Principal, query: TrendQuery, now: Date): Promise<TrendResponse> {
  const scope = listScope(principal);
  if (scope.kind === 'none' || !levelInScope(scope, query.level))
    throw new NotFoundError('当前账号无权查看该层级的趋势');
  const { from, to } = trendWindow(now, query.days);
  const base = { metric: 'overdueRate' as const, level: query.level, from, to, series: [] };
  const n = narrow(scope, { ...(query.districtId ? { districtId: query.districtId } : {}) });
  if (!n) return base;
  const pks =
    query.level === 'city'
      ? [rowPk('city', '-')]
      : query.level === 'district'
        ? [rowPk('district', 'city')]
        : (n.districtId ? [n.districtId] : districtIds).map((d) => rowPk('town', d));
  const items = (
    await Promise.all(
      pks.map((pk) =>
        queryAll({
          KeyConditionExpression: 'pk = :pk AND sk BETWEEN :from AND :to',
          ExpressionAttributeValues: { ':pk': pk, ':from': daySlot(from), ':to': `${daySlot(to)}#~` },
        }),
      ),
    )
  ).flat();
  const series = new Map<string, TrendResponse['series'][number]>();
  for (const item of items) {
    const row = item.row as OverdueRow;
    if (n.districtId && row.level !== 'city' && row.districtId !== n.districtId) continue;
    if (n.townId && row.townId !== n.townId) continue;
    const entry = series.get(row.id) ?? {
      id: row.id,
      name: row.name,
      districtId: row.districtId,
      points: [],
    };
    const date = String(item.sk).slice(1, 11);
    entry.points.push({ date, ...row.figures.total });
    series.set(row.id, entry);
  }
  const list = [...series.values()].sort((a, b) => (a.id < b.id ? -1 : 1));
  for (const entry of list) entry.points.sort((a, b) => (a.date < b.date ? -1 : 1));
  if (query.level === 'town') {
    const directory = await loadOrgRefs({ townIds: list.map((s) => s.id), gridIds: [] });
    for (const entry of list) entry.name = directory.town(entry.id)?.name ?? null;
  }
  return { ...base, series: list };
}
