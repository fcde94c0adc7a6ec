import type { LadderSite } from '#functions/dust-ladder/domain/site';
import { districtName } from '#functions/platform/districts';

export const rateLevels = ['city', 'district', 'town', 'site'] as const;
export type RateLevel = (typeof rateLevels)[number];

export interface RateFigures {
  sites: number;
  uploaded: number;
  /** uploaded / sites (0–1); null when the area has no site. */
  rate: number | null;
}

/** One area's (or site's) figures on one day. */
export interface RateRow extends RateFigures {
  level: RateLevel;
  id: string;
  name: string | null;
  districtId: string | null;
  townId: string | null;
  /** Site rows only. */
  location?: string;
  enterpriseId?: string;
  townName?: string | null;
}

export const rateOf = (uploaded: number, sites: number): number | null =>
  sites === 0 ? null : uploaded / sites;

/**
 * The rows of one day (上报率 = sites with a satisfied day / sites): a row per site, town, district and the city,
 * from the sites active at the snapshot and whether each is satisfied on the day. Sites created after the day
 * are not counted in it.
 */
export function tallyDay(
  sites: readonly LadderSite[],
  day: string,
  satisfied: (site: LadderSite) => boolean,
  townName: (townId: string) => string | undefined,
): RateRow[] {
  const areas = new Map<string, RateRow>();
  const area = (level: RateLevel, id: string, districtId: string | null, townId: string | null) => {
    const key = `${level}#${id}`;
    let row = areas.get(key);
    if (!row) {
      const name = level === 'city' ? '全市' : level === 'district' ? districtName(id) : townName(id);
      row = { level, id, name: name ?? null, districtId, townId, sites: 0, uploaded: 0, rate: null };
      areas.set(key, row);
    }
    return row;
  };
  const siteRows: RateRow[] = [];
  area('city', 'city', null, null);
  for (const site of sites) {
    if (site.createdDay > day) continue;
    const done = satisfied(site) ? 1 : 0;
    siteRows.push({
      level: 'site',
      id: site.siteId,
      name: site.name,
      districtId: site.districtId,
      townId: site.townId,
      location: site.location,
      enterpriseId: site.enterpriseId,
      townName: townName(site.townId) ?? null,
      sites: 1,
      uploaded: done,
      rate: done,
    });
    for (const row of [
      area('city', 'city', null, null),
      area('district', site.districtId, site.districtId, null),
      area('town', site.townId, site.districtId, site.townId),
    ]) {
      row.sites += 1;
      row.uploaded += done;
    }
  }
  const rows = [...areas.values()].map((row) => ({ ...row, rate: rateOf(row.uploaded, row.sites) }));
  return [...rows, ...siteRows];
}
