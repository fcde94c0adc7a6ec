import { addDays, monthStart, previousQuarter, weekdaysBetween } from './agency-days';
import { DEMO_AGENCY, HEAVY_AGENCIES, type PlannedAgency, planAgencies } from './agency-roster';
import { type Random, seededRandom } from './random';

/**
 * The seed's figures for the previous full quarter (一（六）): the city bureau's own 31 agencies, 122 家次, 320
 * points and 4 notices; each district's 家次 (天宁 59, 新北 44, 经开 31 above the districts' mean, the others
 * under it) and notices (经开 3, 溧阳 2, 金坛 2).
 */
export const QUARTER_PLAN = {
  bureau: { agencies: 31, deductions: 122, notices: 4 },
  districtDeductions: {
    tianning: 59,
    xinbei: 44,
    jingkai: 31,
    wujin: 18,
    zhonglou: 15,
    liyang: 9,
    jintan: 8,
  },
  districtNotices: { jingkai: 3, liyang: 2, jintan: 2 },
} as const;
/** A listed agency's points in the year stay under this (score > 80): the public list keeps its 36. */
const LISTED_BUDGET = 19.5;

interface Decision {
  outcome: 'uphold' | 'revoke';
  day: string;
  reason: string;
}
export interface PlannedDeduction {
  key: number;
  agency: number;
  /** `city` (the bureau) or the issuing district. */
  issuer: string;
  ruleCode: string;
  points: number;
  date: string;
  reason: string;
  appeal?: { day: string; statement: string; decision?: Decision };
  revoke?: { day: string; reason: string };
}
export interface PlannedNotice {
  issuer: string;
  title: string;
  body: string;
  deductions: number[];
  /** Undefined: a draft. */
  publishDay?: string;
}
export interface AgencyPlan {
  today: string;
  quarter: ReturnType<typeof previousQuarter>;
  agencies: PlannedAgency[];
  deductions: PlannedDeduction[];
  notices: PlannedNotice[];
}

const reasons: Record<string, string[]> = {
  'GL-01': ['机构法定代表人变更后 30 日内未报告', '办公场所变更未及时报告属地应急管理部门'],
  'GL-02': ['抽查项目档案缺少现场影像资料', '技术服务合同未随项目档案归档'],
  'RY-01': ['现场勘验人员与报告署名人员不一致', '项目负责人未参与现场工作'],
  'GC-01': ['未按规定开展现场勘验即出具报告', '现场勘验记录缺失，无法追溯'],
  'BG-01': ['评价报告认定的安全设施与现场实际不符', '检测报告数据与现场复测结果明显不符'],
  'BG-02': ['报告引用标准已废止', '报告危险有害因素辨识遗漏'],
};
const issuers = ['city', 'liyang', 'jintan', 'wujin', 'xinbei', 'tianning', 'zhonglou', 'jingkai'];
const issuerNames: Record<string, string> = {
  city: '常州市应急管理局',
  liyang: '溧阳市应急管理局',
  jintan: '金坛区应急管理局',
  jingkai: '常州经开区应急管理局',
  tianning: '天宁区应急管理局',
};

/** The deductions under construction and each agency's points of this year (for the listed budget). */
class Ledger {
  readonly deductions: PlannedDeduction[] = [];
  private readonly yearPoints = new Map<number, number>();
  constructor(
    private readonly year: string,
    private readonly random: Random,
  ) {}

  fits(agency: number, points: number, date: string): boolean {
    if ((HEAVY_AGENCIES as readonly number[]).includes(agency) || !date.startsWith(this.year)) return true;
    return (this.yearPoints.get(agency) ?? 0) + points <= LISTED_BUDGET;
  }

  pointsOf = (agency: number) => this.yearPoints.get(agency) ?? 0;

  add(agency: number, issuer: string, ruleCode: string, points: number, date: string): PlannedDeduction {
    if (date.startsWith(this.year)) this.yearPoints.set(agency, this.pointsOf(agency) + points);
    const deduction = {
      key: this.deductions.length,
      agency,
      issuer,
      ruleCode,
      points,
      date,
      reason: this.random.pick(reasons[ruleCode] ?? ['考评发现问题']),
    };
    this.deductions.push(deduction);
    return deduction;
  }

  /** The pool's agency with the fewest deductions in `counts` that still fits; ties broken at random. */
  leastUsed(pool: readonly number[], counts: Map<number, number>, points: number, date: string): number {
    const fitting = pool.filter((agency) => this.fits(agency, points, date));
    if (fitting.length === 0) throw new Error(`agency seed: no agency fits ${points} points on ${date}`);
    const fewest = Math.min(...fitting.map((agency) => counts.get(agency) ?? 0));
    const agency = this.random.pick(fitting.filter((candidate) => (counts.get(candidate) ?? 0) === fewest));
    counts.set(agency, (counts.get(agency) ?? 0) + 1);
    return agency;
  }
}

const reaches = (agency: PlannedAgency, issuer: string) =>
  agency.status !== 'deregistered' &&
  (issuer === 'city' || agency.districtId === issuer || agency.workDistrictIds.includes(issuer));

function shuffle<T>(items: T[], random: Random): T[] {
  for (let i = items.length - 1; i > 0; i -= 1) {
    const j = random.int(0, i);
    [items[i], items[j]] = [items[j] as T, items[i] as T];
  }
  return items;
}

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

const upheld = (day: string): Decision => ({
  outcome: 'uphold',
  day,
  reason: '经复核，扣分事实清楚、依据充分，维持原扣分',
});

/** Appeals (upheld in the quarter; some revoked before it; two pending now) and direct revocations. */
function appealsAndRevocations(
  deductions: PlannedDeduction[],
  plan: Pick<AgencyPlan, 'today' | 'quarter'>,
  random: Random,
) {
  const { today, quarter } = plan;
  const statement = '我单位对该扣分有异议：相关资料已补充提交，请予复核。';
  const inQuarter = deductions.filter(
    (d) => d.date >= quarter.from && d.date <= quarter.to && addDays(d.date, 14) <= today,
  );
  const demoFirst = [
    ...inQuarter.filter((d) => d.agency === DEMO_AGENCY).slice(0, 1),
    ...shuffle(
      inQuarter.filter((d) => d.agency !== DEMO_AGENCY),
      random,
    ),
  ];
  for (const d of demoFirst.slice(0, 6)) {
    const day = addDays(d.date, random.int(1, 8));
    d.appeal = { day, statement, decision: upheld(addDays(day, random.int(1, 4))) };
  }
  const older = shuffle(
    deductions.filter(
      (d) => !d.appeal && (d.date < quarter.from || d.date > quarter.to) && addDays(d.date, 20) <= today,
    ),
    random,
  );
  older.slice(0, 5).forEach((d, i) => {
    const day = addDays(d.date, random.int(1, 8));
    d.appeal = {
      day,
      statement,
      decision:
        i < 3
          ? { outcome: 'revoke', day: addDays(day, 3), reason: '机构补充材料证明已按规定履行，撤销该扣分' }
          : upheld(addDays(day, 3)),
    };
  });
  for (const d of older.slice(5, 8))
    d.revoke = { day: addDays(d.date, 2), reason: '录入有误，撤销后重新考评' };
}

/** The quarter's published notices (the bureau's and the districts'), each of a slice of its issuer's deductions, and one draft. */
function planNotices(
  deductions: PlannedDeduction[],
  plan: Pick<AgencyPlan, 'today' | 'quarter'>,
): PlannedNotice[] {
  const { quarter } = plan;
  const counts: Record<string, number> = {
    city: QUARTER_PLAN.bureau.notices,
    ...QUARTER_PLAN.districtNotices,
  };
  const notices: PlannedNotice[] = [];
  for (const [issuer, count] of Object.entries(counts)) {
    const own = deductions
      .filter((d) => d.issuer === issuer && d.date >= quarter.from && d.date <= addDays(quarter.to, -10))
      .sort((a, b) => a.date.localeCompare(b.date));
    const size = Math.max(1, Math.min(8, Math.floor(own.length / count)));
    for (let i = 0; i < count; i += 1) {
      const members = own.slice(i * size, (i + 1) * size);
      const last = members.at(-1)?.date ?? quarter.from;
      notices.push({
        issuer,
        title: `${issuerNames[issuer] ?? ''}关于${quarter.year}年第${quarter.quarter}季度中介机构考评扣分情况的专题通报（第 ${i + 1} 期）`,
        body: `近期，我局对辖区安全生产技术服务机构开展考评，发现部分机构存在违反《安全生产技术服务机构基本服务规范》（DB3204/T1032—2022）的行为，现将扣分情况通报如下。请各机构引以为戒，立即整改。`,
        deductions: members.map((d) => d.key),
        publishDay: [addDays(last, 5), quarter.to].sort()[0] as string,
      });
    }
  }
  const recent = deductions.filter(
    (d) =>
      d.issuer === 'tianning' && d.date > quarter.to && !d.revoke && d.appeal?.decision?.outcome !== 'revoke',
  );
  if (recent.length > 0)
    notices.push({
      issuer: 'tianning',
      title: '天宁区应急管理局关于中介机构考评扣分情况的专题通报（草稿）',
      body: '草稿：待汇总本季度考评情况后发布。',
      deductions: recent.slice(-3).map((d) => d.key),
    });
  return notices;
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
