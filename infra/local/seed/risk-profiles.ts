import type { industries } from '#functions/enterprises/domain/kinds';
import type { DistrictId } from '#functions/platform/districts';
import type { RiskLevel } from '#functions/risk-points/index';

/**
 * How each district's enterprises use 常安码 in the demo, shaped after the seed report (一（三）and 二（二）):
 * 钟楼区 identifies few risks per enterprise (9.23), 武进区/金坛区/天宁区 leave more than 30% of their risks
 * overdue, 金坛区 (0.59) and 新北区 (0.66) find few hazards per scan, and 溧阳市's principals rarely scan (< 60%).
 */
export interface DistrictProfile {
  /** Risk points per operating enterprise, inclusive range (the city averages about 14). */
  points: readonly [min: number, max: number];
  /** Share of a district's risk points overdue now. */
  overdue: number;
  /** Share of scans that come after the point was due (a late scan still moves the point forward). */
  late: number;
  /** Chance that one scan finds a hazard. */
  hazardPerScan: number;
  /** Share of enterprises whose principal (主要负责人) scans at all. */
  principalTakesPart: number;
}

const usual: DistrictProfile = {
  points: [12, 18],
  overdue: 0.1,
  late: 0.12,
  hazardPerScan: 0.02,
  principalTakesPart: 0.85,
};

export const districtProfiles: Record<DistrictId, DistrictProfile> = {
  liyang: { ...usual, principalTakesPart: 0.42 },
  jintan: { ...usual, overdue: 0.38, late: 0.3, hazardPerScan: 0.006 },
  wujin: { ...usual, points: [13, 19], overdue: 0.42, late: 0.28 },
  xinbei: { ...usual, hazardPerScan: 0.007 },
  tianning: { ...usual, overdue: 0.4, late: 0.3 },
  zhonglou: { ...usual, points: [7, 11] },
  jingkai: usual,
};

/** The shares of the four levels among the classes a point is drawn from (few red, many yellow and blue). */
export const levelShares: Record<RiskLevel, number> = { red: 0.04, orange: 0.18, yellow: 0.45, blue: 0.33 };

/** Dictionary families every plant has (电气, 机械, 起重 …). */
const common = [
  'electric',
  'machine',
  'lifting',
  'vehicle',
  'height',
  'storage',
  'hotwork',
  'pressure',
  'gas',
];

/** The families (dictionary class id `rc-<family>-nn`) that fit an industry, beyond the common ones. */
export const industryFamilies: Record<(typeof industries)[number], readonly string[]> = {
  冶金: [...common, 'smelt', 'molten', 'confined', 'chem'],
  有色: [...common, 'smelt', 'molten', 'dust', 'chem'],
  建材: [...common, 'dust', 'confined', 'molten'],
  机械: [...common, 'dust', 'chem', 'molten'],
  轻工: [...common, 'dust', 'ammonia', 'confined', 'chem'],
  纺织: [...common, 'dust', 'chem', 'confined'],
  烟草: [...common, 'dust'],
  商贸: ['electric', 'vehicle', 'storage', 'height', 'gas', 'ammonia', 'lifting'],
};

/** Where in a plant a point is (a demo plant's areas). */
export const plantAreas = [
  '一号车间',
  '二号车间',
  '三号车间',
  '原料仓库',
  '成品仓库',
  '动力站房',
  '厂区东侧',
  '厂区西侧',
  '办公楼一层',
  '污水处理站',
  '装卸区',
  '维修车间',
] as const;

/** What a demo hazard reads like, by the hazard's check item (the description names the failed item). */
export const reviewReasons = {
  close: '现场复核整改到位，同意闭环',
  reject: '整改照片不能反映整改后现场，请补充整改并重新提交',
  rectify: '已按要求完成整改，现场恢复正常',
  plan: '停用相关设备，制定专项整改方案，落实资金、人员与期限，整改期间加强现场监护',
} as const;
