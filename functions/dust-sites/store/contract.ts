import { siteIdOfToken } from '#functions/dust-sites/store/codes';
import { dustSite } from '#functions/dust-sites/store/entities/dust-site';
import { dustSiteCode } from '#functions/dust-sites/store/entities/dust-site-code';
import { type DustSiteItem, getSiteItem } from '#functions/dust-sites/store/site-items';
import { mapLimit } from '#functions/platform/concurrency';
import { districtIds } from '#functions/platform/districts';

/** A dust site as other capabilities see it (contract.md). */
export interface DustSite {
  siteId: string;
  enterpriseId: string;
  enterpriseName: string;
  districtId: string;
  townId: string;
  gridId?: string;
  name: string;
  location: string;
  dustType: string;
  contactPhone: string;
  token: string;
  codeIssuedAt: string;
  status: 'active' | 'retired';
  createdAt: string;
  updatedAt: string;
  /** YYYY-MM-DD Asia/Shanghai, maintained by dust-cleanings. */
  lastSatisfiedDay?: string;
}

function siteOf(item: DustSiteItem): DustSite {
  const { version: _version, createdBy: _createdBy, ...site } = item;
  return site;
}

/** The site of a code: null for an unknown token and for a re-issued one; a retired site comes back as retired. */
export async function dustSiteByToken(token: string): Promise<DustSite | null> {
  const siteId = await siteIdOfToken(token);
  const item = siteId ? await getSiteItem(siteId) : undefined;
  return item && item.token === token ? siteOf(item) : null;
}

export async function getDustSite(siteId: string): Promise<DustSite | null> {
  const item = await getSiteItem(siteId);
  return item ? siteOf(item) : null;
}

/** The active sites of one district partition of gsi3, all pages (key conditions only). */
async function activeOfDistrict(districtId: string): Promise<DustSite[]> {
  const sites: DustSite[] = [];
  let cursor: string | null = null;
  do {
    const answer: { data: DustSiteItem[]; cursor: string | null } = await dustSite.query
      .byDistrict({ districtId, status: 'active' })
      .go({ cursor, limit: 500, pages: 1 });
    sites.push(...answer.data.map(siteOf));
    cursor = answer.cursor;
  } while (cursor);
  return sites;
}

/**
 * Active sites a district at a time, over the 7 district partitions (shards) of gsi3, 4 partitions read at
 * once (a city's ≈ 2,000 sites: the wait is the round trips, not the items).
 */
export async function* activeDustSites(): AsyncIterable<DustSite[]> {
  const districts = await mapLimit([...districtIds], 4, activeOfDistrict);
  for (const sites of districts) if (sites.length) yield sites;
}

/** Sets (or with null removes) the site's latest satisfied day; only dust-cleanings calls it. */
export async function setLastSatisfiedDay(siteId: string, day: string | null): Promise<void> {
  const patch = dustSite.patch({ siteId });
  await (day === null ? patch.remove(['lastSatisfiedDay']) : patch.set({ lastSatisfiedDay: day })).go({
    response: 'none',
  });
}

/**
 * Writes a site and its code claim straight (the demo seed and tests): no scope, flag or audit checks. The
 * fast seed may instead take `dustSite.put(item).params().Item` and `dustSiteCode.put(...)` for its batches.
 */
export async function putDustSiteForSeed(site: DustSite, createdBy = 'seed'): Promise<void> {
  await dustSiteCode.put({ token: site.token, siteId: site.siteId, issuedAt: site.codeIssuedAt }).go();
  await dustSite.put({ ...site, version: 1, createdBy }).go();
}
