import { businessDay } from '#functions/platform/clock';

const HOUR_MS = 3600_000;
const SHANGHAI_OFFSET_MS = 8 * HOUR_MS;

/** What one run of the overdue job accounts for. */
export interface OverduePeriod {
  /** The Asia/Shanghai hour, `2026-12-02T13`: the job's period key (one run per hour however often triggered). */
  periodKey: string;
  /** The instant every point is judged at: the start of that hour, so reruns and segments agree. */
  asOf: Date;
  /** Where the hour's rows live: `h13`, one slot per hour of the day, overwritten the next day. */
  hourSlot: string;
  /** The day whose end this instant is (`2026-12-01` for the run at Beijing 00:00 on the 2nd), else null. */
  day: string | null;
}

/** The hourly cron (Asia/Shanghai, like every manifest cron). */
export const overdueCron = '0 * * * *';

export function overduePeriod(at: Date): OverduePeriod {
  const asOf = new Date(Math.floor(at.getTime() / HOUR_MS) * HOUR_MS);
  const local = new Date(asOf.getTime() + SHANGHAI_OFFSET_MS).toISOString();
  const hour = local.slice(11, 13);
  return {
    periodKey: local.slice(0, 13),
    asOf,
    hourSlot: `h${hour}`,
    day: hour === '00' ? businessDay(new Date(asOf.getTime() - 1)) : null,
  };
}

/** The slot of a day's snapshot rows: `d2026-12-01` (all day slots sort together, so a range of days is one query). */
export const daySlot = (day: string) => `d${day}`;

/** The instant a day's snapshot is at: the next Beijing midnight. */
export function dayEnd(day: string): Date {
  return new Date(Date.parse(`${day}T00:00:00Z`) + 24 * HOUR_MS - SHANGHAI_OFFSET_MS);
}
