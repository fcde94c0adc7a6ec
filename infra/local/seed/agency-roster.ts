import type { AgencyStatus, AgencyType } from '#functions/agencies/index';
import { withCheckChar } from '#functions/platform/credit-code';
import { addDays } from './agency-days';
import type { Random } from './random';

/** How many demo agencies (about 40, the seed's 36 listed among them). */
export const AGENCY_COUNT = 41;
/** The demo agency user's agency (a 天宁区 agency, listed, with a history to show). */
export const DEMO_AGENCY = 0;
/** Agencies that fall under 80 this year (the rest of the picture: suspended, certificate expired, deregistered). */
export const HEAVY_AGENCIES = [36, 37] as const;
const SUSPENDED = 38;
const EXPIRED = 39;
const DEREGISTERED = 40;

export interface PlannedAgency {
  key: number;
  name: string;
  creditCode: string;
  type: AgencyType;
  districtId: string;
  workDistrictIds: string[];
  certificateNo: string;
  certificateExpiry: string;
  contactName: string;
  contactPhone: string;
  status: AgencyStatus;
}

/** The 考评细则 catalogue of the demo (after DB3204/T1032—2022's chapters); points fixed, one ranged. */
export const demoRules = [
  { code: 'GL-01', category: '机构管理', description: '机构信息变更未按规定及时报告', points: 0.5 },
  { code: 'GL-02', category: '机构管理', description: '技术服务档案归档不及时、不完整', points: 1 },
  { code: 'RY-01', category: '人员管理', description: '项目组成员与合同约定不一致', points: 2 },
  { code: 'GC-01', category: '过程控制', description: '未按规定开展现场勘验或勘验记录缺失', points: 3 },
  { code: 'BG-01', category: '报告质量', description: '报告结论与现场实际不符', points: 5 },
  {
    code: 'BG-02',
    category: '报告质量',
    description: '报告存在明显错误或遗漏，按情节扣分',
    points: 2,
    pointsMin: 1,
    pointsMax: 5,
  },
] as const;

const prefixes = [
  '安泰',
  '华安',
  '众安',
  '瑞安',
  '常安',
  '中衡',
  '诚信',
  '江南',
  '龙城',
  '恒安',
  '国正',
  '苏安',
  '金盾',
  '正元',
  '天衡',
  '远东',
  '安畅',
  '鼎安',
  '新纪元',
  '九州',
  '宏达',
  '博安',
  '立信',
  '卓安',
  '锦程',
  '东方',
  '顺安',
  '明正',
  '信达',
  '启航',
  '保安通',
  '安正',
  '中科',
  '协安',
  '德润',
  '华泰',
  '嘉安',
  '乾元',
  '晨安',
  '和信',
  '永安',
];
const suffixes: Record<AgencyType, string> = {
  assessment: '安全评价有限公司',
  testing: '检测技术有限公司',
  consulting: '安全技术咨询有限公司',
  training: '安全生产培训中心',
  other: '安全科技有限公司',
};
const surnames = ['王', '李', '张', '刘', '陈', '杨', '赵', '黄', '周', '吴', '徐', '孙', '朱', '马', '胡'];
const types: AgencyType[] = [
  'assessment',
  'testing',
  'consulting',
  'assessment',
  'training',
  'testing',
  'other',
];
const allDistricts = ['liyang', 'jintan', 'wujin', 'xinbei', 'tianning', 'zhonglou', 'jingkai'];

/** A valid 统一社会信用代码 of a 常州 company (登记管理部门 9, 企业 1, the district's code), numbered. */
function creditCodeOf(key: number, random: Random): string {
  const serial = `${String(key + 10).padStart(2, '0')}${random.int(1000, 9999)}${random.int(100, 999)}`;
  return withCheckChar(`91320400${serial}`.slice(0, 17));
}

/**
 * The demo agencies: registered across the 7 districts (the demo agency in 天宁区), 培训 ones working in their
 * own district only and the others city-wide, certificates valid for months to come except one expired, one
 * suspended and one deregistered.
 */
export function planAgencies(today: string, random: Random): PlannedAgency[] {
  return Array.from({ length: AGENCY_COUNT }, (_, key) => {
    const type = types[key % types.length] as AgencyType;
    const districtId = key === DEMO_AGENCY ? 'tianning' : (allDistricts[key % 7] as string);
    const status: AgencyStatus =
      key === SUSPENDED ? 'suspended' : key === DEREGISTERED ? 'deregistered' : 'registered';
    return {
      key,
      name: `常州市${prefixes[key % prefixes.length]}${suffixes[type]}`,
      creditCode: creditCodeOf(key, random),
      type,
      districtId,
      workDistrictIds: type === 'training' ? [districtId] : allDistricts,
      certificateNo: `APJ-(苏)-${String(2020 + (key % 6))}-${String(100 + key).padStart(4, '0')}`,
      certificateExpiry: key === EXPIRED ? addDays(today, -20) : addDays(today, random.int(120, 1000)),
      contactName: `${surnames[key % surnames.length]}${random.pick(['经理', '工', '主任', '老师'])}`,
      contactPhone: `139${String(random.int(10_000_000, 99_999_999))}`,
      status,
    };
  });
}

/** Those the public list should show: registered, certificate valid, not among the heavy ones. */
export const expectedListed = (agencies: readonly PlannedAgency[], today: string) =>
  agencies.filter(
    (agency) =>
      agency.status === 'registered' &&
      agency.certificateExpiry >= today &&
      !(HEAVY_AGENCIES as readonly number[]).includes(agency.key),
  );
