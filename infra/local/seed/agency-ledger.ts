import type { PlannedDeduction } from './agency-plan-types';
import { HEAVY_AGENCIES, type PlannedAgency } from './agency-roster';
import type { Random } from './random';

/** A listed agency's points in the year stay under this (score > 80): the public list keeps its 36. */
const LISTED_BUDGET = 19.5;

const reasons: Record<string, string[]> = {
  'GL-01': ['机构法定代表人变更后 30 日内未报告', '办公场所变更未及时报告属地应急管理部门'],
  'GL-02': ['抽查项目档案缺少现场影像资料', '技术服务合同未随项目档案归档'],
  'RY-01': ['现场勘验人员与报告署名人员不一致', '项目负责人未参与现场工作'],
  'GC-01': ['未按规定开展现场勘验即出具报告', '现场勘验记录缺失，无法追溯'],
  'BG-01': ['评价报告认定的安全设施与现场实际不符', '检测报告数据与现场复测结果明显不符'],
  'BG-02': ['报告引用标准已废止', '报告危险有害因素辨识遗漏'],
};
/** The deductions under construction and each agency's points of this year (for the listed budget). */
export class Ledger {
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

export const reaches = (agency: PlannedAgency, issuer: string) =>
  agency.status !== 'deregistered' &&
  (issuer === 'city' || agency.districtId === issuer || agency.workDistrictIds.includes(issuer));

export function shuffle<T>(items: T[], random: Random): T[] {
  for (let i = items.length - 1; i > 0; i -= 1) {
    const j = random.int(0, i);
    [items[i], items[j]] = [items[j] as T, items[i] as T];
  }
  return items;
}
