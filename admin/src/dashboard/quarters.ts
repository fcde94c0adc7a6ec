import { businessQuarter } from '#functions/platform/clock';

/** `2026Q4` (the API's form) for the Asia/Shanghai quarter that contains `instant`. */
export const quarterOf = (instant: Date): string => businessQuarter(instant).replace('-', '');

/** The quarter before `quarter`: `2026Q1` → `2025Q4`. */
export function previousQuarter(quarter: string): string {
  const year = Number(quarter.slice(0, 4));
  const q = Number(quarter.slice(5));
  return q === 1 ? `${year - 1}Q4` : `${year}Q${q - 1}`;
}

/** The quarters the picker offers, newest first: this one (to date) and the `count − 1` before it. */
export function recentQuarters(now: Date, count = 8): string[] {
  const quarters = [quarterOf(now)];
  while (quarters.length < count) quarters.push(previousQuarter(quarters[quarters.length - 1] as string));
  return quarters;
}

/** `2026Q4` → `2026 年第 4 季度` (the words come from the console's messages). */
export const quarterParts = (quarter: string) => ({ year: quarter.slice(0, 4), quarter: quarter.slice(5) });
