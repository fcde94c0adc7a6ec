import type { LadderSite } from '#functions/dust-ladder/domain/site';
import type { DustSource } from '#functions/dust-ladder/store/source-types';
import { addDays, businessDay } from '#functions/platform/clock';
import { mapLimit } from '#functions/platform/concurrency';

/** How far back a past day's streak is looked for (a rerun of an old day); longer streaks start here. */
export const LOOKBACK_DAYS = 90;

/** Every active dust site, once, through the sites capability's key-condition pages. */
export async function readActiveSites(source: DustSource): Promise<LadderSite[]> {
  const sites: LadderSite[] = [];
  for await (const page of source.activeDustSites())
    for (const site of page)
      sites.push({
        siteId: site.siteId,
        enterpriseId: site.enterpriseId,
        districtId: site.districtId,
        townId: site.townId,
        name: site.name,
        location: site.location,
        contactPhone: site.contactPhone,
        createdDay: businessDay(new Date(site.createdAt)),
        ...(site.lastSatisfiedDay ? { lastSatisfiedDay: site.lastSatisfiedDay } : {}),
      });
  return sites;
}

/**
 * The satisfied days in `[from, day]` of the sites whose latest satisfied day is after `day` (a run for a past
 * day): their streak on `day` cannot come from `lastSatisfiedDay`. One key-condition read a site; none today.
 */
export async function satisfiedDaysOf(source: DustSource, sites: readonly LadderSite[], day: string) {
  const later = sites.filter((site) => site.lastSatisfiedDay !== undefined && site.lastSatisfiedDay > day);
  const found = new Map<string, { from: string; days: Set<string> }>();
  let items = 0;
  await mapLimit(later, 8, async (site) => {
    const back = addDays(day, 1 - LOOKBACK_DAYS);
    // the later of the two days (strings: not Math.max)
    const from = [site.createdDay, back].sort()[1] ?? back;
    const states = await source.siteDays(site.siteId, from, day);
    items += states.length;
    found.set(site.siteId, { from, days: new Set(states.filter((s) => s.satisfied).map((s) => s.day)) });
  });
  return { found, items };
}

/**
 * The sites satisfied on `day`: those whose latest satisfied day is `day`, and of those with a later one (a
 * day already past: uploads after midnight, a rerun) the ones whose state of `day` says so (one read each).
 */
export async function satisfiedOn(source: DustSource, sites: readonly LadderSite[], day: string) {
  const satisfied = new Set<string>();
  const later: LadderSite[] = [];
  for (const site of sites) {
    if (site.lastSatisfiedDay === day) satisfied.add(site.siteId);
    else if (site.lastSatisfiedDay !== undefined && site.lastSatisfiedDay > day && site.createdDay <= day)
      later.push(site);
  }
  await mapLimit(later, 8, async (site) => {
    const states = await source.siteDays(site.siteId, day, day);
    if (states.some((state) => state.day === day && state.satisfied)) satisfied.add(site.siteId);
  });
  return { satisfied, items: later.length };
}
