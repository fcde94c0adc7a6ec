/** What the ladder reads of the dust-sites and dust-cleanings capabilities (their index.ts, contract.md). */
export interface SourceSite {
  siteId: string;
  enterpriseId: string;
  districtId: string;
  townId: string;
  name: string;
  location: string;
  contactPhone: string;
  createdAt: string;
  lastSatisfiedDay?: string;
}

export interface DustSource {
  /** The active sites, page by page (key conditions only). */
  activeDustSites: () => AsyncIterable<SourceSite[]>;
  /** A site's day states in `[from, to]`; a day not listed is unsatisfied. */
  siteDays: (siteId: string, from: string, to: string) => Promise<Array<{ day: string; satisfied: boolean }>>;
}

/** The real source: the two capabilities' index.ts, loaded on first use (the stores build their clients then). */
export async function defaultSource(): Promise<DustSource> {
  const [{ activeDustSites }, { siteDays }] = await Promise.all([
    import('#functions/dust-sites/index'),
    import('#functions/dust-cleanings/index'),
  ]);
  return { activeDustSites, siteDays };
}
