/**
 * The one source of "now". Business days (dust day, due dates, quarters) are Asia/Shanghai days; this module is
 * the only place that knows the offset. Jobs get a clock pinned to their `at`; tests pin it too.
 */
export const BUSINESS_TIME_ZONE = 'Asia/Shanghai';
const SHANGHAI_OFFSET_MS = 8 * 3600 * 1000; // China has no daylight saving time since 1991.

export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

export function fixedClock(at: string | Date): Clock {
  const instant = new Date(at);
  if (Number.isNaN(instant.getTime())) throw new Error(`Invalid clock time: ${String(at)}`);
  return { now: () => new Date(instant) };
}

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
