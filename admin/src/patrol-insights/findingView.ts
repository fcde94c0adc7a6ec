import type { RepeatedFindingRow } from '#functions/patrol-insights/schemas';
import type { ExportSheet } from '../dashboard/exportTable';

/**
 * What the 重复发现 list shows, without React: the town it asks for (a town officer's own; a district or city
 * admin picks one), the form items' texts by id (from the district's current patrol form, whose item ids stay
 * the same across versions), and the patrols' dates as one short text.
 */
export type { RepeatedFindingRow };
export type OpenFilter = 'all' | 'open' | 'closed';

/**
 * `/patrol-repeated-findings?townId=…&open=…`; a town officer's or grid member's own town is pinned by the API.
 * Null while a district or city admin has not picked a town.
 */
export function findingsPath(
  role: string | undefined,
  pickedTownId: string | undefined,
  open: OpenFilter,
): string | null {
  const own = role === 'townOfficer' || role === 'gridMember';
  const townId = own ? undefined : pickedTownId;
  if (!own && !townId) return null;
  const search = new URLSearchParams();
  if (townId) search.set('townId', townId);
  if (open !== 'all') search.set('open', open === 'open' ? 'true' : 'false');
  const query = search.toString();
  return `/patrol-repeated-findings${query ? `?${query}` : ''}`;
}

/** itemId → text of a patrol form (`GET /api/patrol-forms/current`). */
export function itemTexts(form: { items: readonly { itemId: string; text: string }[] } | undefined) {
  return new Map((form?.items ?? []).map((item) => [item.itemId, item.text]));
}

/** What was found again: the item's text when the code is a form item, else the category code itself. */
export const findingText = (row: Pick<RepeatedFindingRow, 'code'>, texts: ReadonlyMap<string, string>) =>
  texts.get(row.code) ?? row.code;

/** `06-10、06-20`: the patrols' Beijing days, month and day (the window is 90 days, so the year is clear). */
export const patrolDays = (row: Pick<RepeatedFindingRow, 'patrols'>) =>
  row.patrols.map((patrol) => patrol.day.slice(5)).join('、');

/** 导出: the list as shown, Chinese headers. */
export function findingSheet(
  rows: readonly RepeatedFindingRow[],
  texts: ReadonlyMap<string, string>,
): ExportSheet {
  return {
    name: '重复发现',
    header: ['企业', '问题', '类型', '巡查次数', '巡查日期', '未闭环隐患', '状态'],
    rows: rows.map((row) => [
      row.enterpriseName ?? row.enterpriseId,
      findingText(row, texts),
      row.kind === 'item' ? '检查项不符合' : '同类隐患',
      row.count,
      row.patrols.map((patrol) => patrol.day).join('、'),
      `${row.openHazardIds.length} / ${row.hazardIds.length}`,
      row.open ? '未闭环' : '已闭环',
    ]),
  };
}
