/**
 * The one source of "now". Business days (dust day, due dates, quarters) are Asia/Shanghai days; this module is
 * the only place that knows the offset. Jobs get a clock pinned to their `at`; tests pin it too.
 *
 * Route handlers get `now` in their `HandlerInput` (read once per request from `now()` below); workers,
 * middlewares and store defaults call `now()`. Nothing under functions/ but this module and the ID generator
 * calls `new Date()` without an argument (tests/unit/platform/clock.test.ts checks).
 */
export const BUSINESS_TIME_ZONE = 'Asia/Shanghai';
const SHANGHAI_OFFSET_MS = 8 * 3600 * 1000; // China has no daylight saving time since 1991.
const DAY_MS = 24 * 3600 * 1000;

export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

export function fixedClock(at: string | Date): Clock {
  const instant = new Date(at);
  if (Number.isNaN(instant.getTime())) throw new Error(`Invalid clock time: ${String(at)}`);
  return { now: () => new Date(instant) };
}

let pinned: Date | null = null;

/** The current instant of this process: the one `pinClock` set, or the real time. */
export function now(): Date {
  return pinned ? new Date(pinned) : new Date();
}

/**
 * Pins `now()` for the whole process, or unpins it with `null`. For tests and for the local
 * `npm run job -- <name> --at <ISO>` only: Lambda never pins, so deployed code always runs on the real time.
 */
export function pinClock(at: Date | string | null): void {
  pinned = at === null ? null : fixedClock(at).now();
}

/** Whole days from `from` to `to` (both `YYYY-MM-DD`, Asia/Shanghai calendar days): 0 for the same day. */
export const daysBetween = (from: string, to: string): number =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);

/** The calendar day `n` days after `day` (`YYYY-MM-DD`; negative: before). */
export const addDays = (day: string, n: number): string =>
  new Date(Date.parse(`${day}T00:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10);

/** `2026-11-30` for the Asia/Shanghai calendar day that contains `instant`. */
export function businessDay(instant: Date): string {
  return new Date(instant.getTime() + SHANGHAI_OFFSET_MS).toISOString().slice(0, 10);
}

/** `2026-Q4` for the Asia/Shanghai quarter that contains `instant`. */
export function businessQuarter(instant: Date): string {
  const day = businessDay(instant);
  const quarter = Math.floor((Number(day.slice(5, 7)) - 1) / 3) + 1;
  return `${day.slice(0, 4)}-Q${quarter}`;
}

/** The first instant of the Asia/Shanghai day that contains `instant`: its midnight, 16:00Z the day before. */
export function businessDayStart(instant: Date): Date {
  return new Date(
    Math.floor((instant.getTime() + SHANGHAI_OFFSET_MS) / DAY_MS) * DAY_MS - SHANGHAI_OFFSET_MS,
  );
}

/** The first instant of the Asia/Shanghai day after the one that contains `instant`. */
export function nextBusinessDayStart(instant: Date): Date {
  return new Date(businessDayStart(instant).getTime() + DAY_MS);
}

/** The first and the last millisecond of Asia/Shanghai day `day` (`2026-12-01`); throws on anything else. */
export function businessDayBounds(day: string): { first: Date; last: Date } {
  const first = new Date(`${day}T00:00:00+08:00`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day) || Number.isNaN(first.getTime()) || businessDay(first) !== day)
    throw new Error(`Invalid business day: ${day}`);
  return { first, last: new Date(first.getTime() + DAY_MS - 1) };
}
