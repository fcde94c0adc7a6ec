import type { TrendResponse } from '#functions/metrics/schemas';
import { percentText } from './format';

/** Every Asia/Shanghai day from `from` to `to` (`YYYY-MM-DD`, both included), the chart's x axis. */
export function daysBetween(from: string, to: string): string[] {
  const days: string[] = [];
  const last = Date.parse(`${to}T00:00:00Z`);
  for (let at = Date.parse(`${from}T00:00:00Z`); at <= last && days.length <= 366; at += 86_400_000)
    days.push(new Date(at).toISOString().slice(0, 10));
  return days;
}

/** One line of the chart: an area's overdue rate in percent per day, null where the day has no snapshot. */
export interface TrendLine {
  id: string;
  label: string;
  data: (number | null)[];
}

/**
 * The chart's days and lines: every series on the same days (a missing snapshot is a gap, not a zero), rates
 * in percent with one decimal as the table shows them.
 */
export function trendLines(trend: TrendResponse, nameOf: (id: string, name: string | null) => string) {
  const days = daysBetween(trend.from, trend.to);
  const lines: TrendLine[] = trend.series.map((series) => {
    const byDay = new Map(series.points.map((point) => [point.date, point.rate]));
    return {
      id: series.id,
      label: nameOf(series.id, series.name),
      data: days.map((day) => {
        const rate = byDay.get(day);
        return rate === null || rate === undefined ? null : Math.round(rate * 1000) / 10;
      }),
    };
  });
  return { days, lines };
}

/** The exported table of a trend: one row per day, one column per area, rates as the chart's tooltip shows. */
export function trendSheetRows(trend: TrendResponse, nameOf: (id: string, name: string | null) => string) {
  const days = daysBetween(trend.from, trend.to);
  const header = ['日期（北京时间）', ...trend.series.map((series) => nameOf(series.id, series.name))];
  const byDay = trend.series.map((series) => new Map(series.points.map((point) => [point.date, point.rate])));
  const rows = days.map((day) => [day, ...byDay.map((rates) => percentText(rates.get(day)))]);
  return { header, rows };
}

/** True when no series has a single day: the job has not written a daily snapshot yet. */
export const trendIsEmpty = (trend: TrendResponse) =>
  trend.series.every((series) => series.points.length === 0);
