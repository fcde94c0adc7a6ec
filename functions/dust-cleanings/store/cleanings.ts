import { createHash } from 'node:crypto';
import type { EntityItem } from 'electrodb';
import type { DustCleaning } from '#functions/dust-cleanings/schemas';
import { dustCleaning } from '#functions/dust-cleanings/store/entities/cleaning';

export type CleaningItem = EntityItem<typeof dustCleaning>;

/** The cleaning id of a user's `clientId`: the same retried request always names the same item. */
export const cleaningIdFor = (userId: string, clientId: string) =>
  createHash('sha256').update(`dustCleaning\n${userId}\n${clientId}`).digest('base64url').slice(0, 26);

/** The record as the API shows it: without the crash marker. */
export function cleaningView(item: CleaningItem): DustCleaning {
  const { pending: _pending, gridId, reviewedBy, reviewedAt, reason, ...rest } = item;
  return {
    ...rest,
    ...(gridId ? { gridId } : {}),
    ...(reviewedBy ? { reviewedBy } : {}),
    ...(reviewedAt ? { reviewedAt } : {}),
    ...(reason ? { reason } : {}),
  };
}

export async function findCleaning(cleaningId: string): Promise<CleaningItem | undefined> {
  const { data } = await dustCleaning.get({ cleaningId }).go({ consistent: true });
  return data ?? undefined;
}

export async function getCleaning(cleaningId: string): Promise<DustCleaning | null> {
  const item = await findCleaning(cleaningId);
  return item ? cleaningView(item) : null;
}

/** Many cleanings by id, read consistently (the day's recompute must see a reject just written). */
export async function cleaningsByIds(cleaningIds: string[]): Promise<CleaningItem[]> {
  if (cleaningIds.length === 0) return [];
  const keys = [...new Set(cleaningIds)].map((cleaningId) => ({ cleaningId }));
  const { data, unprocessed } = await dustCleaning.get(keys).go({ consistent: true });
  if (unprocessed.length > 0)
    return [...data, ...(await cleaningsByIds(unprocessed.map((key) => key.cleaningId)))];
  return data;
}

/** A town's cleanings of a day, page by page, oldest first: one key condition (the spot-check job). */
export async function* cleaningsOfTownDay(townId: string, day: string): AsyncIterable<DustCleaning[]> {
  let cursor: string | null = null;
  do {
    const answer: { data: CleaningItem[]; cursor: string | null } = await dustCleaning.query
      .byTownDay({ townId, day })
      .go({ cursor, limit: 500, pages: 1 });
    if (answer.data.length) yield answer.data.map(cleaningView);
    cursor = answer.cursor;
  } while (cursor);
}

/** The ids of a site's cleanings of a day (gsi3: the enterprise's partition, begins with the day). */
export async function cleaningIdsOfSiteDay(
  enterpriseId: string,
  siteId: string,
  day: string,
): Promise<string[]> {
  const { data } = await dustCleaning.query
    .byEnterprise({ enterpriseId })
    .begins({ day })
    .where((attributes, op) => op.eq(attributes.siteId, siteId))
    .go({ pages: 'all', attributes: ['cleaningId', 'siteId', 'day'] });
  return data.filter((item) => item.day === day).map((item) => item.cleaningId);
}

/** A district's cleanings of a day, page by page: one key condition (gsi2; the spot check groups them by town). */
export async function* cleaningsOfDistrictDay(
  districtId: string,
  day: string,
): AsyncIterable<CleaningItem[]> {
  let cursor: string | null = null;
  do {
    const answer: { data: CleaningItem[]; cursor: string | null } = await dustCleaning.query
      .byDistrictDay({ districtId, day })
      .go({ cursor, limit: 500, pages: 1 });
    if (answer.data.length) yield answer.data;
    cursor = answer.cursor;
  } while (cursor);
}
