/** The risk-points vocabulary other capabilities share (brief: risk level codes, checklist items). */
export type RiskLevel = 'red' | 'orange' | 'yellow' | 'blue';
export const riskLevels = ['red', 'orange', 'yellow', 'blue'] as const satisfies readonly RiskLevel[];

export interface ChecklistItem {
  itemId: string;
  text: string;
  photoRequired: boolean;
}

/** A risk point as a scan needs it. */
export interface ScanTarget {
  riskPointId: string;
  enterpriseId: string;
  enterpriseName: string;
  districtId: string;
  townId: string;
  gridId?: string;
  classId: string;
  className: string;
  name: string;
  location: string;
  level: RiskLevel;
  cycleDays: number;
  status: 'active' | 'retired';
  lastScanAt?: string;
  nextDueAt: string;
  controls: string[];
  checklist: ChecklistItem[];
}

export interface LabelPoint {
  riskPointId: string;
  enterpriseId: string;
  enterpriseName: string;
  name: string;
  location: string;
  level: RiskLevel;
  token: string;
}

export type RiskPointSelection = { ids: string[] } | { filter: Record<string, string | boolean | undefined> };
