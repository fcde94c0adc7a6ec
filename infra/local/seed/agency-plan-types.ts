import type { previousQuarter } from './agency-days';
import type { PlannedAgency } from './agency-roster';

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

export interface Decision {
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
