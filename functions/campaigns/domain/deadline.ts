import { addDays, businessDay } from '#functions/platform/clock';

/** Closed once the deadline day (北京时间, inclusive) is over. */
export const isClosed = (deadline: string, now: Date) => businessDay(now) > deadline;

/**
 * Whether the reminder is due on business day `today`: from `reminderDays` days before the deadline up to the
 * deadline itself (a job that missed the first day still reminds; the message key makes it once per target).
 */
export function reminderDue(deadline: string, reminderDays: number, today: string): boolean {
  return today >= addDays(deadline, -reminderDays) && today <= deadline;
}
