import type { DustRateResponse } from '#functions/dust-ladder/schemas';
import { districtName } from '#functions/platform/districts';
import type { ExportSheet } from '../exportTable';

/** `97.3%`, or null for no figure. */
export const percentText = (rate: number | null | undefined) =>
  rate === null || rate === undefined ? null : `${(Math.round(rate * 1000) / 10).toFixed(1)}%`;

/** The request for the caller: the districts for the city, its towns for a district admin, its town otherwise. */
export function dustParams(role: string | undefined): Record<string, string | number> {
  return { level: role === 'cityAdmin' ? 'district' : 'town', days: 90 };
}

/** The trend as chart data: one point a day with a snapshot, in percent. */
export const trendPoints = (answer: DustRateResponse) => ({
  days: answer.trend.map((point) => point.day),
  data: answer.trend.map((point) => (point.rate === null ? null : Math.round(point.rate * 1000) / 10)),
});

/** 导出: the sites not uploaded today, with Chinese headers (names the widget shows). */
export function missingSheet(answer: DustRateResponse): ExportSheet {
  return {
    name: '未上报粉尘场所',
    header: ['场所', '位置', '辖市（区）', '镇街', '企业编号'],
    rows: answer.missing.map((site) => [
      site.name,
      site.location,
      districtName(site.districtId) ?? site.districtId,
      site.townName ?? site.townId,
      site.enterpriseId,
    ]),
  };
}
