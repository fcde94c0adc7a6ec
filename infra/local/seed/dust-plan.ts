import { businessDay } from '#functions/platform/clock';
import { seededRandom } from './random';
import { DAY_MS, type DemoEnterprise, demoUlid } from './risk-plan';
import { REPORT_CITY } from './seed-city';

/** The report's key dust sites (重点粉尘场所, 一（二）三) in its city of REPORT_CITY.enterprises. */
export const REPORT_DUST_SITES = 1830;
/** Days of cleaning history (today included). */
export const DUST_HISTORY_DAYS = 90;

const WORKSHOPS = [
  '抛光车间',
  '打磨车间',
  '喷粉房',
  '木工车间',
  '粉碎车间',
  '除尘器室',
  '筛分车间',
  '混料车间',
];
const DUST_TYPES = ['铝粉', '镁粉', '木粉', '面粉', '淀粉', '煤粉', '塑料粉尘', '纺织纤维粉尘'];

/** A day of one site: uploaded (possibly suspect, possibly rejected by a spot check) or missed. */
export interface PlannedDay {
  day: string;
  /** Upload instant (ms), absent for a missed day. */
  at?: number;
  photos: number;
  suspect: boolean;
  rejected: boolean;
}

export interface PlannedSite {
  siteId: string;
  enterprise: DemoEnterprise;
  name: string;
  location: string;
  dustType: string;
  createdAt: number;
  /** Missed days ending today forced by the plan (0 = none): 1, 3 or 7–12. */
  streak: number;
  days: PlannedDay[];
}

/** How many sites a city of `enterprises` gets: the report's share (exactly 1,830 in the report's city). */
export const dustSiteCount = (enterprises: number) =>
  enterprises === REPORT_CITY.enterprises
    ? REPORT_DUST_SITES
    : Math.round((enterprises * REPORT_DUST_SITES) / REPORT_CITY.enterprises);

/** Every 15th site ends in a streak: 1 missed day, 3, or 7 to 12 in turn (about 7% of the sites). */
function streakOf(index: number, random: () => number): number {
  if (index % 15 !== 7) return 0;
  const turn = Math.floor(index / 15) % 3;
  return turn === 0 ? 1 : turn === 1 ? 3 : 7 + Math.floor(random() * 6);
}

/**
 * The demo's dust sites over the city's 涉爆粉尘 enterprises (in the order given, some with two sites when
 * there are more sites than enterprises) and each site's 90 days ending on `anchor`'s day: an upload at a
 * time of day between 07:00 and 17:00, about 2% of days missed at random, ~1% rejected and ~2% suspect, and
 * the forced streaks of `streakOf`. Today's upload counts only once its time has come. Deterministic.
 */
export function planDustSites(dustEnterprises: readonly DemoEnterprise[], count: number, anchor: number) {
  if (dustEnterprises.length === 0) return [];
  const today = businessDay(new Date(anchor));
  return Array.from({ length: count }, (_, index): PlannedSite => {
    const enterprise = dustEnterprises[index % dustEnterprises.length] as DemoEnterprise;
    const random = seededRandom(index * 7919 + 13);
    const firstDay = businessDay(new Date(anchor - (DUST_HISTORY_DAYS - 1) * DAY_MS));
    const createdAt = Date.parse(`${firstDay}T06:00:00+08:00`); // before the first day's upload
    const streak = streakOf(index, random.next);
    const days: PlannedDay[] = [];
    for (let back = DUST_HISTORY_DAYS - 1; back >= 0; back -= 1) {
      const day = businessDay(new Date(anchor - back * DAY_MS));
      const dayStart = Date.parse(`${day}T07:00:00+08:00`);
      const uploadAt = dayStart + Math.floor(random.next() * 10 * 3600_000);
      const u = random.next();
      const missed = back < streak || (back >= streak + 1 && u < 0.02) || uploadAt > anchor;
      days.push({
        day,
        ...(missed ? {} : { at: uploadAt }),
        photos: missed ? 0 : random.next() < 0.15 ? 2 : 1,
        suspect: !missed && u > 0.98,
        // Never today's (not spot-checked yet), nor the day that ends a forced streak's start.
        rejected: !missed && u >= 0.02 && u < 0.03 && day !== today && !(streak > 0 && back === streak),
      });
    }
    const workshop = WORKSHOPS[index % WORKSHOPS.length] as string;
    return {
      siteId: demoUlid(createdAt, `dust-site\n${enterprise.id}\n${index}`),
      enterprise,
      name: index < dustEnterprises.length ? workshop : `${workshop}（二号）`,
      location: `厂区${random.pick(['东', '南', '西', '北'])}侧${random.int(1, 6)}号厂房`,
      dustType: DUST_TYPES[index % DUST_TYPES.length] as string,
      createdAt,
      streak,
      days,
    };
  });
}

/** The site's latest satisfied day (uploaded and not rejected), as the dust-sites record keeps it. */
export const lastSatisfiedDay = (site: PlannedSite) =>
  site.days.findLast((day) => day.at !== undefined && !day.rejected)?.day;
