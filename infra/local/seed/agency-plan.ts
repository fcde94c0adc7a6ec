import { addDays, monthStart, previousQuarter, weekdaysBetween } from './agency-days';
import { Ledger, reaches, shuffle } from './agency-ledger';
import { appealsAndRevocations, planNotices } from './agency-outcomes';
import { type AgencyPlan, QUARTER_PLAN } from './agency-plan-types';
import { DEMO_AGENCY, HEAVY_AGENCIES, type PlannedAgency, planAgencies } from './agency-roster';
import { type Random, seededRandom } from './random';

export {
  type AgencyPlan,
  type PlannedDeduction,
  type PlannedNotice,
  QUARTER_PLAN,
} from './agency-plan-types';

const issuers = ['city', 'liyang', 'jintan', 'wujin', 'xinbei', 'tianning', 'zhonglou', 'jingkai'];

/** The bureau's quarter: 10 five-point deductions of the heavy agencies, 66 of 2 and 46 of 3 points (320). */
function bureauQuarter(ledger: Ledger, days: string[], random: Random) {
  for (let i = 0; i < 10; i += 1)
    ledger.add(HEAVY_AGENCIES[i % 2] as number, 'city', 'BG-01', 5, random.pick(days));
  const pool = Array.from({ length: QUARTER_PLAN.bureau.agencies - HEAVY_AGENCIES.length }, (_, i) => i);
  const points = shuffle([...Array<number>(66).fill(2), ...Array<number>(46).fill(3)], random);
  const counts = new Map<number, number>();
  for (const value of points) {
    const date = random.pick(days);
    ledger.add(
      ledger.leastUsed(pool, counts, value, date),
      'city',
      value === 2 ? 'RY-01' : 'GC-01',
      value,
      date,
    );
  }
}

/** Each district's quarter: its 家次 of 0.5 or 1 point, over the agencies it reaches. */
function districtQuarter(ledger: Ledger, agencies: PlannedAgency[], days: string[], random: Random) {
  for (const [district, count] of Object.entries(QUARTER_PLAN.districtDeductions)) {
    const pool = agencies.filter((agency) => reaches(agency, district)).map((agency) => agency.key);
    const counts = new Map<number, number>();
    for (let i = 0; i < count; i += 1) {
      const date = random.pick(days);
      const half = random.next() < 0.6;
      ledger.add(
        ledger.leastUsed(pool, counts, half ? 0.5 : 1, date),
        district,
        half ? 'GL-01' : 'GL-02',
        half ? 0.5 : 1,
        date,
      );
    }
  }
}

/** The other 11 months up to today: a few deductions a month by any issuer (the ranged rule among them). */
function otherMonths(
  ledger: Ledger,
  agencies: PlannedAgency[],
  plan: Pick<AgencyPlan, 'today' | 'quarter'>,
  random: Random,
) {
  for (let back = 11; back >= 0; back -= 1) {
    const from = monthStart(plan.today, back);
    if (from >= plan.quarter.from && from <= plan.quarter.to) continue;
    const to = addDays(monthStart(plan.today, back - 1), -1);
    const days = weekdaysBetween(from, [to, plan.today].sort()[0] as string);
    for (let i = random.int(6, 10); i > 0 && days.length > 0; i -= 1) {
      const issuer = random.pick(issuers);
      const rule = random.pick(['GL-01', 'GL-02', 'RY-01', 'BG-02'] as const);
      const points = rule === 'GL-01' ? 0.5 : rule === 'GL-02' ? 1 : rule === 'RY-01' ? 2 : random.int(1, 3);
      const date = random.pick(days);
      const pool = agencies.filter(
        (agency) => reaches(agency, issuer) && ledger.fits(agency.key, points, date),
      );
      if (pool.length > 0) ledger.add(random.pick(pool).key, issuer, rule, points, date);
    }
  }
}

/**
 * The demo's agencies and a year of their scoring up to `today` (Beijing): the previous full quarter exactly as
 * QUARTER_PLAN, the other months lighter; the demo agency has an upheld appeal, one pending, and a fresh
 * deduction it may still appeal. Deterministic for a given day.
 */
export function planAgencyData(today: string): AgencyPlan {
  const random = seededRandom(1032);
  const quarter = previousQuarter(today);
  const agencies = planAgencies(today, random);
  const ledger = new Ledger(today.slice(0, 4), random);
  const quarterDays = weekdaysBetween(quarter.from, quarter.to);
  // the demo agency's two fresh deductions by 天宁区 first: one to appeal in the demo, one appealed already
  ledger.add(DEMO_AGENCY, 'tianning', 'GL-02', 1, addDays(today, -2));
  const pendingOne = ledger.add(DEMO_AGENCY, 'tianning', 'GL-02', 1, addDays(today, -4));
  pendingOne.appeal = {
    day: addDays(today, -1),
    statement: '该项目档案影像资料已于扣分次日补充归档，请予复核。',
  };
  bureauQuarter(ledger, quarterDays, random);
  districtQuarter(ledger, agencies, quarterDays, random);
  otherMonths(ledger, agencies, { today, quarter }, random);
  // under 80 this year even when the quarter above was last year's (a January start)
  const thisYear = weekdaysBetween(`${today.slice(0, 4)}-01-01`, today);
  for (const heavy of HEAVY_AGENCIES)
    while (ledger.pointsOf(heavy) < 25)
      ledger.add(heavy, 'city', 'BG-01', 5, thisYear.length > 0 ? random.pick(thisYear) : today);
  const deductions = ledger.deductions.sort((a, b) => a.date.localeCompare(b.date) || a.key - b.key);
  appealsAndRevocations(deductions, { today, quarter }, random);
  return { today, quarter, agencies, deductions, notices: planNotices(deductions, { today, quarter }) };
}
