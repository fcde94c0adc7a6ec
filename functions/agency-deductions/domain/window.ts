import { addDays } from '#functions/platform/clock';

/** How many days after a deduction's date its agency may appeal (AGENCY_APPEAL_DAYS, default 10). */
export function appealDays(value: string | undefined = process.env.AGENCY_APPEAL_DAYS): number {
  const days = Number(value);
  return value !== undefined && value !== '' && Number.isInteger(days) && days >= 0 && days <= 365
    ? days
    : 10;
}

/** The last day (inclusive) an appeal against a deduction dated `date` is accepted. */
export const appealUntil = (date: string): string => addDays(date, appealDays());

/** The issuing district of a principal's deductions: its district, or `city` for the city admin. */
export const CITY_ISSUER = 'city';

/** The counter repair: nightly at 03:50 (Asia/Shanghai), after the name-index jobs. */
export const scoreRepairCron = '50 3 * * *';
