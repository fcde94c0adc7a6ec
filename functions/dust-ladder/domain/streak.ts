import { addDays, daysBetween } from '#functions/platform/clock';

/** What the ladder needs of a site to count its streak. */
export interface StreakSite {
  /** The Beijing day the site was registered: its first day under the rule (counted, like the rate counts it). */
  createdDay: string;
  /** The latest satisfied day, if any (dust-cleanings keeps it; a rejection moves it back). */
  lastSatisfiedDay?: string;
}

/** k = consecutive unsatisfied days ending `today`; `start` is the first of them (null when k = 0). */
export interface Streak {
  k: number;
  start: string | null;
}

const none: Streak = { k: 0, start: null };

/**
 * The streak at `today` from the site's latest satisfied day: every day after it up to today is unsatisfied,
 * holidays included (值班值守). A site never satisfied counts from its creation day. A site created after `today`
 * (a run for a past day) has no streak. Needs `lastSatisfiedDay` ≤ today: for a later one (a rerun of a past
 * day) the caller reads the day states and uses `streakFromDays`.
 */
export function streakOf(site: StreakSite, today: string): Streak {
  if (site.createdDay > today) return none;
  const last = site.lastSatisfiedDay;
  if (last !== undefined && last > today)
    throw new Error('lastSatisfiedDay after the day: use streakFromDays');
  const start = last !== undefined && last >= site.createdDay ? addDays(last, 1) : site.createdDay;
  if (start > today) return none;
  return { k: daysBetween(start, today) + 1, start };
}

/**
 * The streak at `today` from the satisfied days of a window `[from, today]` (days not listed are unsatisfied):
 * walks back from today to the latest satisfied day, or to `from` (the creation day or the window's start).
 */
export function streakFromDays(satisfiedDays: ReadonlySet<string>, from: string, today: string): Streak {
  if (from > today) return none;
  let day = today;
  while (day >= from && !satisfiedDays.has(day)) day = addDays(day, -1);
  if (day === today) return none;
  const start = day < from ? from : addDays(day, 1);
  return { k: daysBetween(start, today) + 1, start };
}

/** The streak days the urge and the verification are first asked for (一天提醒、三天督促、七天核查). */
export const URGE_DAY = 3;
export const VERIFY_DAY = 7;
/** The ladder's steps at streak length k: "≥", so a day the job missed (k jumps 2 → 4) still urges once. */
export const stepsAt = (k: number) => ({ remind: k >= 1, urge: k >= URGE_DAY, verify: k >= VERIFY_DAY });
