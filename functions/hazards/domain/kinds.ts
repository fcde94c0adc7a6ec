/** Hazard vocabulary shared by the API, the store and the console (DOMAIN.md, "Hazards"). */
export const hazardLevels = ['general', 'major'] as const;
export type HazardLevel = (typeof hazardLevels)[number];

export const hazardStatuses = ['OPEN', 'RECTIFIED', 'CLOSED'] as const;
export type HazardStatus = (typeof hazardStatuses)[number];

export const hazardSources = ['scan', 'patrol', 'campaign', 'supervisor', 'zeroing'] as const;
export type HazardSource = (typeof hazardSources)[number];

export const reviewDecisions = ['close', 'reject'] as const;
export type ReviewDecision = (typeof reviewDecisions)[number];

/**
 * 《工贸企业重大事故隐患判定标准》（应急管理部令第 10 号，2023 年）: one category per article that lists
 * situations. The picklist names the article; the description says which situation of it was found.
 */
export const majorCategories = {
  general: '通用（第三条：承包承租管理、特种作业人员、金属冶炼企业负责人考核）',
  metallurgy: '冶金企业（第四条）',
  nonferrous: '有色企业（第五条）',
  buildingMaterials: '建材企业（第六条）',
  machinery: '机械企业（第七条）',
  lightIndustry: '轻工企业（第八条）',
  textile: '纺织企业（第九条）',
  tobacco: '烟草企业（第十条）',
  commerce: '商贸企业（第十一条）',
  dustExplosion: '存在粉尘爆炸危险的工贸企业（第十二条）',
  ammoniaRefrigeration: '使用液氨制冷的工贸企业（第十三条）',
  confinedSpace: '存在硫化氢、一氧化碳等中毒风险的有限空间作业（第十四条）',
} as const;
export type MajorCategory = keyof typeof majorCategories;
export const majorCategoryCodes = Object.keys(majorCategories) as [MajorCategory, ...MajorCategory[]];

export const hazardLevelLabels: Record<HazardLevel, string> = { general: '一般隐患', major: '重大隐患' };
export const hazardStatusLabels: Record<HazardStatus, string> = {
  OPEN: '待整改',
  RECTIFIED: '待验收',
  CLOSED: '已闭环',
};
export const hazardSourceLabels: Record<HazardSource, string> = {
  scan: '扫码自查',
  patrol: '网格巡查',
  campaign: '自查清单',
  supervisor: '监管检查',
  zeroing: '百日清零',
};
