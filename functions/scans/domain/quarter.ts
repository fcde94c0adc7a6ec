import { businessDay, businessDayBounds, businessQuarter } from '#functions/platform/clock';

/** `2026Q4`: the Asia/Shanghai quarter of an instant, as the period metrics name it (2026-09-30T16:30Z is Q4). */
export const scanQuarter = (instant: Date | string): string =>
  businessQuarter(new Date(instant)).replace('-', '');

const parse = (quarter: string) => {
  const match = /^(\d{4})Q([1-4])$/.exec(quarter);
  if (!match) throw new Error(`Invalid quarter: ${quarter}`);
  return { year: Number(match[1]), q: Number(match[2]) };
};

const firstDayOf = (year: number, q: number) => `${year}-${String((q - 1) * 3 + 1).padStart(2, '0')}-01`;

/** The first and the last millisecond of a quarter in Asia/Shanghai time. */
export function scanQuarterBounds(quarter: string): { first: Date; last: Date } {
  const { year, q } = parse(quarter);
  const first = businessDayBounds(firstDayOf(year, q)).first;
  const next = q === 4 ? firstDayOf(year + 1, 1) : firstDayOf(year, q + 1);
  return { first, last: new Date(businessDayBounds(next).first.getTime() - 1) };
}

/** The quarter before (`2027Q1` → `2026Q4`). */
export function previousQuarter(quarter: string): string {
  const { year, q } = parse(quarter);
  return q === 1 ? `${year - 1}Q4` : `${year}Q${q - 1}`;
}

const DAY_MS = 24 * 3600 * 1000;

/** Every Asia/Shanghai day from `from`'s to `to`'s, oldest first (`2026-10-01`, …). */
export function businessDaysBetween(from: Date, to: Date): string[] {
  const days: string[] = [];
  for (let at = businessDayBounds(businessDay(from)).first.getTime(); at <= to.getTime(); at += DAY_MS)
    days.push(businessDay(new Date(at)));
  return days;
}

/** How many partitions a district-quarter's counters spread over, so that no one takes a district's writes. */
export const COUNTER_SHARDS = 8;

/** The counter partition of an enterprise: a stable function of its id that anyone can recompute. */
export function scanCounterShard(enterpriseId: string): number {
  let sum = 0;
  for (let i = 0; i < enterpriseId.length; i += 1) sum += enterpriseId.charCodeAt(i);
  return sum % COUNTER_SHARDS;
}
