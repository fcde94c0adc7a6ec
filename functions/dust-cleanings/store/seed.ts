import type { DustCleaning } from '#functions/dust-cleanings/schemas';
import { dustCleaning } from '#functions/dust-cleanings/store/entities/cleaning';
import { dustDay } from '#functions/dust-cleanings/store/entities/day';

/**
 * Writes cleanings and their day records straight (the demo seed, tests): no checks, no photos read, no
 * lastSatisfiedDay (the seed writes it on the site). A rejected cleaning is stored and not counted.
 */
export async function putCleaningsForSeed(cleanings: DustCleaning[]): Promise<void> {
  const days = new Map<string, { siteId: string; day: string; enterpriseId: string; ids: string[] }>();
  for (const cleaning of cleanings) {
    const key = `${cleaning.siteId}#${cleaning.day}`;
    const day = days.get(key) ?? {
      siteId: cleaning.siteId,
      day: cleaning.day,
      enterpriseId: cleaning.enterpriseId,
      ids: [],
    };
    if (cleaning.review !== 'rejected') day.ids.push(cleaning.cleaningId);
    days.set(key, day);
  }
  const items = cleanings.map(({ photos: _photos, ...cleaning }) => cleaning);
  if (items.length) await dustCleaning.put(items).go();
  const records = [...days.values()].map(({ ids, ...day }) => ({
    ...day,
    cleaningIds: ids,
    count: ids.length,
    version: 1,
    updatedAt: cleanings[0]?.uploadedAt ?? '',
  }));
  if (records.length) await dustDay.put(records).go();
}
