/** 中介机构 (technical service agencies) as the bureau registers them (issue 14; DOMAIN.md, "Agency scoring"). */
export const agencyTypes = ['assessment', 'testing', 'consulting', 'training', 'other'] as const;
export type AgencyType = (typeof agencyTypes)[number];

export const agencyTypeLabels: Readonly<Record<AgencyType, string>> = {
  assessment: '安全评价',
  testing: '检测检验',
  consulting: '咨询',
  training: '培训',
  other: '其他',
};

/** Nothing is deleted: a deregistered agency keeps its record and its deductions. */
export const agencyStatuses = ['registered', 'suspended', 'deregistered'] as const;
export type AgencyStatus = (typeof agencyStatuses)[number];

export const agencyStatusLabels: Readonly<Record<AgencyStatus, string>> = {
  registered: '已登记',
  suspended: '暂停',
  deregistered: '已注销',
};

/** Every agency starts each calendar year at this score (DOMAIN.md); a deduction takes points off it. */
export const AGENCY_BASE_SCORE = 100;
/** An agency is listed (公告) while registered, its certificate valid and its score at least this. */
export const AGENCY_LISTING_THRESHOLD = 80;

/** The public page's score bands: the exact score is the agency's and the bureau's business. */
export function scoreBand(score: number): 'excellent' | 'good' | 'qualified' | 'below' {
  if (score >= 95) return 'excellent';
  if (score >= 90) return 'good';
  if (score >= AGENCY_LISTING_THRESHOLD) return 'qualified';
  return 'below';
}

/**
 * The listing rule (DOMAIN.md, "Agency scoring"): registered (not suspended, not deregistered), a certificate
 * valid on `today` (YYYY-MM-DD, Asia/Shanghai; valid through its expiry day) and a score ≥ 80.
 */
export function isListed(
  agency: { status: AgencyStatus; certificateExpiry: string },
  score: number,
  today: string,
): boolean {
  return (
    agency.status === 'registered' && agency.certificateExpiry >= today && score >= AGENCY_LISTING_THRESHOLD
  );
}
