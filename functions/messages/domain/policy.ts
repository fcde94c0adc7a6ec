import { businessDayStart } from '#functions/platform/clock';

/**
 * When the dispatcher may send (ARCHITECTURE.md §8, QUALITY.md "Messages"): pure decisions on instants, so that
 * tests pin them. Business time is Asia/Shanghai; its day bounds come from the platform clock module.
 */
const DAY_MS = 24 * 3600 * 1000;

/** Sends before a message is given up as DEAD. */
export const MAX_ATTEMPTS = 5;
/** The first retry waits this long; each further one twice as long (30 s, 1, 2, 4 min). */
export const BACKOFF_BASE_MS = 30_000;
/** ± this share of the wait, so that a burst of failures does not retry in lockstep. */
export const BACKOFF_JITTER = 0.2;

/** Wait after failed attempt number `attempt` (1-based); `random` in [0, 1). */
export function backoffMs(attempt: number, random: number): number {
  const base = BACKOFF_BASE_MS * 2 ** (Math.max(1, attempt) - 1);
  return Math.round(base * (1 - BACKOFF_JITTER + 2 * BACKOFF_JITTER * random));
}

export interface QuietHours {
  /** Minutes after Shanghai midnight. */
  start: number;
  end: number;
}

/** `22:00-07:00` → minutes; an empty string or `off` means none. Throws on anything else. */
export function parseQuietHours(spec: string | undefined): QuietHours | null {
  const value = (spec ?? '22:00-07:00').trim();
  if (value === '' || value === 'off') return null;
  const match = /^(\d{1,2}):(\d{2})-(\d{1,2}):(\d{2})$/.exec(value);
  if (!match) throw new Error(`SMS_QUIET_HOURS must look like 22:00-07:00, not ${value}`);
  const [start, end] = [Number(match[1]) * 60 + Number(match[2]), Number(match[3]) * 60 + Number(match[4])];
  if (start >= 24 * 60 || end >= 24 * 60 || start === end)
    throw new Error(`SMS_QUIET_HOURS is invalid: ${value}`);
  return { start, end };
}

/** When quiet hours that contain `instant` end, or null if `instant` is outside them. */
export function quietUntil(instant: Date, quiet: QuietHours | null): Date | null {
  if (!quiet) return null;
  const midnight = businessDayStart(instant).getTime();
  const minute = Math.floor((instant.getTime() - midnight) / 60_000);
  const wraps = quiet.start > quiet.end; // e.g. 22:00-07:00
  const inside = wraps
    ? minute >= quiet.start || minute < quiet.end
    : minute >= quiet.start && minute < quiet.end;
  if (!inside) return null;
  const endToday = midnight + quiet.end * 60_000;
  return new Date(wraps && minute >= quiet.start ? endToday + DAY_MS : endToday);
}
