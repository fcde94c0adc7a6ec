import type { RateRow } from '#functions/dust-ladder/domain/rate-tally';

/**
 * Key layout of the upload-rate snapshots in the main table (plain pk/sk, prefixed `dustRate…` so no ElectroDB
 * `$changan#…` key meets them). One row a day per area; the day's rows are overwritten by every run of the day
 * (hourly, and the ladder's), the run after midnight writes the final. Access patterns, each one Query or Get:
 * - the city on a day / 90 days: pk `dustRate#city`, sk `d<day>` (BETWEEN for a range)
 * - the districts: pk `dustRate#district`, sk `d<day>#<districtId>`
 * - a district's towns: pk `dustRate#town#<districtId>`, sk `d<day>#<townId>`
 * - a district's sites: pk `dustRate#site#<districtId>`, sk `d<day>#<townId>#<siteId>` (a town: begins_with
 *   `d<day>#<townId>#`; not uploaded: the same with a filter on `uploaded`)
 * - the day's state: pk `dustRateDay`, sk `<day>` → `{ asOf, final }`, written after the rows
 */
export const dayPointerKey = (day: string) => ({ pk: 'dustRateDay', sk: day });

export function ratePk(row: Pick<RateRow, 'level' | 'districtId'>): string {
  if (row.level === 'city' || row.level === 'district') return `dustRate#${row.level}`;
  return `dustRate#${row.level}#${row.districtId}`;
}

export function rateSk(day: string, row: Pick<RateRow, 'level' | 'id' | 'townId'>): string {
  if (row.level === 'city') return `d${day}`;
  if (row.level === 'site') return `d${day}#${row.townId}#${row.id}`;
  return `d${day}#${row.id}`;
}
