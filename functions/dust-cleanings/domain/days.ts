import { businessDay, businessDayBounds } from '#functions/platform/clock';

/** A site's day as the ladder reads it: satisfied iff ≥ 1 cleaning of that day is not rejected. */
export interface DayState {
  day: string;
  satisfied: boolean;
  count: number;
}

/** The stored per-site-per-day record: the not-rejected cleanings of the day, counted once each. */
export interface DustDay {
  siteId: string;
  day: string;
  cleaningIds: string[];
  count: number;
}

const DAY_MS = 24 * 3600 * 1000;
/** The longest range siteDays answers: more than the ladder's and the seed's 90 days. */
export const MAX_RANGE_DAYS = 400;

/** The day a cleaning counts for: the Asia/Shanghai day of the upload request (server time, not the photo's). */
export const cleaningDay = (uploadedAt: Date): string => businessDay(uploadedAt);

/** Every Asia/Shanghai day from `from` to `to`, both included, oldest first. */
export function daysFromTo(from: string, to: string): string[] {
  const start = businessDayBounds(from).first.getTime();
  const end = businessDayBounds(to).first.getTime();
  if (end < start) return [];
  const length = Math.round((end - start) / DAY_MS) + 1;
  if (length > MAX_RANGE_DAYS)
    throw new Error(`siteDays: range ${from}..${to} is over ${MAX_RANGE_DAYS} days`);
  return Array.from({ length }, (_, i) => businessDay(new Date(start + i * DAY_MS)));
}

/** The states of [from, to], days without a record unsatisfied. */
export function dayStates(from: string, to: string, records: Pick<DustDay, 'day' | 'count'>[]): DayState[] {
  const counts = new Map(records.map((record) => [record.day, record.count]));
  return daysFromTo(from, to).map((day) => {
    const count = counts.get(day) ?? 0;
    return { day, satisfied: count > 0, count };
  });
}

/**
 * The site's lastSatisfiedDay after `day` changed: `day` itself when satisfied and later than the stored one;
 * the previous satisfied day (asked lazily: one query) when `day` was it and is no longer satisfied; else as is.
 */
export async function nextLastSatisfied(
  stored: string | undefined,
  day: string,
  satisfied: boolean,
  previousSatisfied: () => Promise<string | undefined>,
): Promise<{ change: false } | { change: true; value: string | null }> {
  if (satisfied) return !stored || stored < day ? { change: true, value: day } : { change: false };
  if (stored !== day) return { change: false };
  return { change: true, value: (await previousSatisfied()) ?? null };
}

/** The union of the photos' suspect codes, in a stable order. */
export function suspectReasonsOf(photos: { suspectReasons?: readonly string[] }[]): string[] {
  const order = ['duplicate', 'captureGap', 'similar'];
  const seen = new Set(photos.flatMap((photo) => photo.suspectReasons ?? []));
  return [
    ...order.filter((code) => seen.has(code)),
    ...[...seen].filter((code) => !order.includes(code)).sort(),
  ];
}
