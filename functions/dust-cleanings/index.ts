/**
 * What other capabilities may use of dust-cleanings (粉尘清扫上报): the record's shape, the per-site-per-day
 * states (the ladder), and a direct writer for the demo seed. The stores load on first use: importing this index
 * from a job's manifest must not build the table client.
 */

export type { DayState, DustDay } from '#functions/dust-cleanings/domain/days';
export type { CleaningReview, DustCleaning } from '#functions/dust-cleanings/schemas';

/** The site's day states for the days in [from, to] (inclusive, Asia/Shanghai), oldest first; absent days unsatisfied. */
export async function siteDays(
  siteId: string,
  from: string,
  to: string,
): Promise<import('#functions/dust-cleanings/domain/days').DayState[]> {
  const { siteDays: read } = await import('#functions/dust-cleanings/store/days');
  return read(siteId, from, to);
}

/**
 * Recomputes the site's day from its cleanings (satisfied iff ≥ 1 not rejected) and keeps the site's
 * lastSatisfiedDay right. The review calls it after it wrote `review: 'rejected'` on a cleaning.
 */
export async function refreshDay(
  siteId: string,
  day: string,
): Promise<{ satisfied: boolean; count: number }> {
  const { refreshDay: refresh } = await import('#functions/dust-cleanings/store/days');
  return refresh(siteId, day);
}

/** Writes cleanings and their day records straight (demo seed, tests): no checks, no photos read. */
export async function putCleaningsForSeed(
  cleanings: import('#functions/dust-cleanings/schemas').DustCleaning[],
): Promise<void> {
  const { putCleaningsForSeed: put } = await import('#functions/dust-cleanings/store/seed');
  return put(cleanings);
}
