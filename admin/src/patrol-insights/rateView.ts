import type { PatrolRateRow, PatrolRates } from '#functions/patrol-insights/schemas';
import { businessDay } from '#functions/platform/clock';
import { districtName } from '#functions/platform/districts';
import type { ExportSheet } from '../dashboard/exportTable';
import { percentText } from '../dashboard/format';
import { quarterOf, recentQuarters } from '../dashboard/quarters';

/**
 * What the 巡查率 page shows, without React: where a role starts (the city its districts, a district its towns,
 * a town officer or grid member their grids), where a click on a row leads (district → town → grid), the
 * requests for the rows and for the total above them, and the periods the picker offers.
 */
export type { PatrolRateRow, PatrolRates };
export type DrillLevel = 'district' | 'town' | 'grid';

export interface Drill {
  level: DrillLevel;
  districtId?: string;
  townId?: string;
  /** The names of the areas drilled into, for the breadcrumb. */
  districtName?: string;
  townName?: string;
}

export interface Scope {
  districtId?: string | null;
  townId?: string | null;
}

/** The first table a role sees: the level just below its own area. */
export function startDrill(role: string | undefined, scope: Scope | undefined): Drill {
  if (role === 'districtAdmin' && scope?.districtId) return { level: 'town', districtId: scope.districtId };
  if ((role === 'townOfficer' || role === 'gridMember') && scope?.townId)
    return {
      level: 'grid',
      ...(scope.districtId ? { districtId: scope.districtId } : {}),
      townId: scope.townId,
    };
  return { level: 'district' };
}

/** A click on a row: a district opens its towns, a town its grids; a grid is the bottom (null). */
export function drillInto(drill: Drill, row: Pick<PatrolRateRow, 'id' | 'name'>): Drill | null {
  const name = row.name ?? row.id;
  if (drill.level === 'district') return { level: 'town', districtId: row.id, districtName: name };
  if (drill.level === 'town') return { ...drill, level: 'grid', townId: row.id, townName: name };
  return null;
}

/** `/patrol-rates?period=…&level=…`: the rows of the drill's level, narrowed to the area drilled into. */
export function ratesPath(period: string, drill: Drill): string {
  const search = new URLSearchParams({ period, level: drill.level });
  if (drill.level !== 'district' && drill.districtId) search.set('districtId', drill.districtId);
  if (drill.level === 'grid' && drill.townId) search.set('townId', drill.townId);
  return `/patrol-rates?${search.toString()}`;
}

/** The area above the rows (its total): the city above districts, the district above towns, the town above grids. */
export function totalPath(period: string, drill: Drill): string {
  if (drill.level === 'district') return `/patrol-rates?period=${period}&level=city`;
  if (drill.level === 'town') return `/patrol-rates?period=${period}&level=district`;
  const search = new URLSearchParams({ period, level: 'town' });
  if (drill.districtId) search.set('districtId', drill.districtId);
  return `/patrol-rates?${search.toString()}`;
}

/** The total row of the drilled-into area among the answer's rows (a district admin's own district, …). */
export function totalRow(answer: PatrolRates | undefined, drill: Drill): PatrolRateRow | undefined {
  const rows = answer?.rows ?? [];
  if (drill.level === 'district') return rows.find((row) => row.level === 'city');
  if (drill.level === 'town') return rows.find((row) => row.id === drill.districtId);
  return rows.find((row) => row.id === drill.townId);
}

/** A row's name: the one the job wrote, a district's from the fixed list, else its id. */
export const rowName = (row: Pick<PatrolRateRow, 'id' | 'name' | 'level'>) =>
  row.name ?? (row.level === 'district' ? districtName(row.id) : undefined) ?? row.id;

/** Lowest rate first: the areas to chase come to the top (no figure last). */
export const byRate = (rows: readonly PatrolRateRow[]) =>
  [...rows].sort((a, b) => (a.rate ?? 2) - (b.rate ?? 2) || rowName(a).localeCompare(rowName(b), 'zh'));

export interface PeriodOption {
  value: string;
  kind: 'month' | 'quarter';
  year: string;
  /** The month (1–12) or the quarter (1–4). */
  number: string;
  current: boolean;
}

/** The picker: this quarter (to date) and the three before, this month and the five before, newest first. */
export function periodOptions(now: Date): PeriodOption[] {
  const quarters = recentQuarters(now, 4).map((q, i) => ({
    value: q,
    kind: 'quarter' as const,
    year: q.slice(0, 4),
    number: q.slice(5),
    current: i === 0,
  }));
  const today = businessDay(now);
  let year = Number(today.slice(0, 4));
  let month = Number(today.slice(5, 7));
  const months: PeriodOption[] = [];
  for (let i = 0; i < 6; i++) {
    months.push({
      value: `${year}-${String(month).padStart(2, '0')}`,
      kind: 'month',
      year: String(year),
      number: String(month),
      current: i === 0,
    });
    month -= 1;
    if (month === 0) {
      month = 12;
      year -= 1;
    }
  }
  return [...quarters, ...months];
}

/** The period a page opens on: this quarter (the seed report's period). */
export const defaultPeriod = (now: Date) => quarterOf(now);

/** 导出: the rows as the table shows them, Chinese headers. */
export function rateSheet(rows: readonly PatrolRateRow[], period: string): ExportSheet {
  return {
    name: `巡查率-${period}`,
    header: ['区域', '在网格企业', '已巡查企业', '巡查率', '统计截至'],
    rows: rows.map((row) => [rowName(row), row.inGrid, row.patrolled, percentText(row.rate), row.throughDay]),
  };
}
