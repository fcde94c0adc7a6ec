import { type DayState, dayStates, nextLastSatisfied } from '#functions/dust-cleanings/domain/days';
import { cleaningIdsOfSiteDay, cleaningsByIds } from '#functions/dust-cleanings/store/cleanings';
import { dustDay } from '#functions/dust-cleanings/store/entities/day';
import { getDustSite, setLastSatisfiedDay } from '#functions/dust-sites/index';
import { now } from '#functions/platform/clock';
import { isConditionFailure } from '#functions/platform/conditions';

/**
 * Counts a cleaning on its site's day, once: the id is appended only if it is not there yet (a retry, a
 * concurrent twin and a crash repair all come here). Returns false when it was counted before.
 */
export async function countCleaning(cleaning: {
  cleaningId: string;
  siteId: string;
  day: string;
  enterpriseId: string;
}): Promise<boolean> {
  const { cleaningId, siteId, day, enterpriseId } = cleaning;
  try {
    await dustDay
      .update({ siteId, day })
      .append({ cleaningIds: [cleaningId] })
      .add({ count: 1, version: 1 })
      .set({ enterpriseId, updatedAt: now().toISOString() })
      .where(({ cleaningIds }, { notContains }) => notContains(cleaningIds, cleaningId))
      .go({ response: 'none' });
    return true;
  } catch (error) {
    if (isConditionFailure(error)) return false;
    throw error;
  }
}

/** Moves the site's lastSatisfiedDay after `day` changed (see nextLastSatisfied). */
export async function keepLastSatisfied(siteId: string, day: string, satisfied: boolean, stored?: string) {
  const next = await nextLastSatisfied(stored, day, satisfied, () => previousSatisfiedDay(siteId, day));
  if (next.change) await setLastSatisfiedDay(siteId, next.value);
}

/** The latest satisfied day of the site before `day`: its day records newest first (key condition). */
async function previousSatisfiedDay(siteId: string, day: string): Promise<string | undefined> {
  let cursor: string | null = null;
  do {
    const answer: { data: { day: string; count: number }[]; cursor: string | null } = await dustDay.query
      .bySite({ siteId })
      .lt({ day })
      .go({ order: 'desc', cursor, limit: 100, pages: 1, attributes: ['day', 'count'] });
    const found = answer.data.find((record) => record.count > 0);
    if (found) return found.day;
    cursor = answer.cursor;
  } while (cursor);
  return undefined;
}

export async function siteDays(siteId: string, from: string, to: string): Promise<DayState[]> {
  const { data } = await dustDay.query
    .bySite({ siteId })
    .between({ day: from }, { day: to })
    .go({ pages: 'all', attributes: ['day', 'count'] });
  return dayStates(from, to, data);
}

const MAX_ATTEMPTS = 6;

/**
 * Recomputes the day from its cleanings (the counted ones and any the day's index holds, so an upload that
 * crashed before its count is repaired too): kept = those not rejected. The write is conditioned on the
 * version read, and retried when an upload landed in between. Then the site's lastSatisfiedDay follows.
 */
export async function refreshDay(
  siteId: string,
  day: string,
): Promise<{ satisfied: boolean; count: number }> {
  const site = await getDustSite(siteId);
  if (!site) throw new Error(`refreshDay: no dust site ${siteId}`);
  for (let attempt = 1; ; attempt += 1) {
    const { data: record } = await dustDay.get({ siteId, day }).go({ consistent: true });
    const indexed = await cleaningIdsOfSiteDay(site.enterpriseId, siteId, day);
    const items = await cleaningsByIds([...(record?.cleaningIds ?? []), ...indexed]);
    const kept = items
      .filter((item) => item.review !== 'rejected' && item.siteId === siteId && item.day === day)
      .map((item) => item.cleaningId)
      .sort();
    try {
      await writeDay(siteId, day, site.enterpriseId, kept, record?.version);
    } catch (error) {
      if (!isConditionFailure(error) || attempt >= MAX_ATTEMPTS) throw error;
      continue;
    }
    await keepLastSatisfied(siteId, day, kept.length > 0, site.lastSatisfiedDay);
    return { satisfied: kept.length > 0, count: kept.length };
  }
}

async function writeDay(siteId: string, day: string, enterpriseId: string, kept: string[], version?: number) {
  const updatedAt = now().toISOString();
  if (version === undefined) {
    if (kept.length === 0) return;
    await dustDay
      .create({ siteId, day, enterpriseId, cleaningIds: kept, count: kept.length, version: 1, updatedAt })
      .go({ response: 'none' });
    return;
  }
  await dustDay
    .patch({ siteId, day })
    .set({ cleaningIds: kept, count: kept.length, version: version + 1, updatedAt })
    .where((attributes, op) => op.eq(attributes.version, version))
    .go({ response: 'none' });
}
