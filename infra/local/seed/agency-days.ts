import { addDays } from '#functions/platform/clock';

/** Calendar days (YYYY-MM-DD, Beijing business days) for the agency seed's plan. */

export { addDays };

/** Monday to Friday. */
export const isWeekday = (day: string): boolean => {
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
  return weekday !== 0 && weekday !== 6;
};

/** The weekdays from `from` to `to`, both included. */
export function weekdaysBetween(from: string, to: string): string[] {
  const days: string[] = [];
  for (let day = from; day <= to; day = addDays(day, 1)) if (isWeekday(day)) days.push(day);
  return days;
}

/** The calendar quarter before the one `today` is in: its year, number, first and last day. */
export function previousQuarter(today: string) {
  const year = Number(today.slice(0, 4));
  const current = Math.floor((Number(today.slice(5, 7)) - 1) / 3) + 1;
  const quarter = current === 1 ? 4 : current - 1;
  const inYear = current === 1 ? year - 1 : year;
  const firstMonth = (quarter - 1) * 3 + 1;
  const from = `${inYear}-${String(firstMonth).padStart(2, '0')}-01`;
  const next =
    firstMonth + 3 > 12 ? `${inYear + 1}-01-01` : `${inYear}-${String(firstMonth + 3).padStart(2, '0')}-01`;
  return { year: inYear, quarter, from, to: addDays(next, -1) };
}

/** The first day of the month `months` before `today`'s month. */
export function monthStart(today: string, monthsBack: number): string {
  const index = Number(today.slice(0, 4)) * 12 + Number(today.slice(5, 7)) - 1 - monthsBack;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}-01`;
}
