import { createHash } from 'node:crypto';
import { businessDay, businessDayBounds } from '#functions/platform/clock';

/** The share of a town's cleanings of a day that the spot check queues when DUST_SPOT_CHECK_SHARE is unset. */
export const DEFAULT_SPOT_CHECK_SHARE = 0.1;

/** DUST_SPOT_CHECK_SHARE as a number in (0, 1]; unset, empty or anything else gives the default. */
export function spotCheckShare(value: string | undefined): number {
  const share = Number(value);
  return value && Number.isFinite(share) && share > 0 && share <= 1 ? share : DEFAULT_SPOT_CHECK_SHARE;
}

/** A cleaning's place in the day's draw: a hash of day, town and id, so the same inputs always draw alike. */
const drawKey = (day: string, townId: string, cleaningId: string) =>
  createHash('sha256').update(`dust-spot-check#${day}#${townId}#${cleaningId}`).digest('hex');

/**
 * The cleanings of one town and day that go to its review queue: every suspect one, plus non-suspect ones in
 * draw order until ⌈share × all⌉ are picked (at least 1 when the town uploaded anything). Deterministic and
 * independent of the input order, so a second run of the job picks exactly the same cleanings. Suspect first.
 */
export function spotCheckSample<T extends { cleaningId: string; suspect: boolean }>(
  cleanings: readonly T[],
  share: number,
  day: string,
  townId: string,
): T[] {
  if (cleanings.length === 0) return [];
  // Rounded up, so a town with any upload and any share > 0 gets at least one (the 1e-9: 0.1 × 30 is 3.0000…4)
  const wanted = Math.ceil(share * cleanings.length - 1e-9);
  const suspects = cleanings.filter((cleaning) => cleaning.suspect);
  const others = cleanings
    .filter((cleaning) => !cleaning.suspect)
    .map((cleaning) => ({ cleaning, key: drawKey(day, townId, cleaning.cleaningId) }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .map(({ cleaning }) => cleaning);
  const byId = (a: T, b: T) => (a.cleaningId < b.cleaningId ? -1 : 1);
  return [...suspects.sort(byId), ...others.slice(0, Math.max(0, wanted - suspects.length))];
}

/** The day a run at `at` samples: the Asia/Shanghai day before the run's own (its uploads are all in). */
export function spotCheckDay(at: Date): string {
  return businessDay(new Date(businessDayBounds(businessDay(at)).first.getTime() - 1));
}
