import { addDays } from './agency-days';
import { shuffle } from './agency-ledger';
import {
  type AgencyPlan,
  type Decision,
  type PlannedDeduction,
  type PlannedNotice,
  QUARTER_PLAN,
} from './agency-plan-types';
import { DEMO_AGENCY } from './agency-roster';
import type { Random } from './random';

const issuerNames: Record<string, string> = {
  city: '常州市应急管理局',
  liyang: '溧阳市应急管理局',
  jintan: '金坛区应急管理局',
  jingkai: '常州经开区应急管理局',
  tianning: '天宁区应急管理局',
};

const upheld = (day: string): Decision => ({
  outcome: 'uphold',
  day,
  reason: '经复核，扣分事实清楚、依据充分，维持原扣分',
});

/** Appeals (upheld in the quarter; some revoked before it; the demo agency's pending one is planned with it) and direct revocations. */
export function appealsAndRevocations(
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
export function planNotices(
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
