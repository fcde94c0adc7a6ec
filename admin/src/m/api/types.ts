/**
 * What the phone pages read of the API answers: the capabilities' own schemas (types only, so no zod in the
 * phone bundle), and the Chinese labels of their codes.
 */
import type * as z from 'zod';
import type { Hazard } from '#functions/hazards/schemas';
import type { Photo, UploadTicket } from '#functions/photos/schemas';
import type { RiskPoint, scannedPointSchema } from '#functions/risk-points/schemas';

export type RiskLevel = 'red' | 'orange' | 'yellow' | 'blue';
export type Answer = 'pass' | 'fail' | 'na';
export type PhotoKind = 'scan' | 'hazard' | 'rectification' | 'dust' | 'patrol';
export type HazardLevel = 'general' | 'major';
export type HazardStatus = 'OPEN' | 'RECTIFIED' | 'CLOSED';

export const levelLabels: Record<RiskLevel, string> = {
  red: '重大风险',
  orange: '较大风险',
  yellow: '一般风险',
  blue: '低风险',
};
export const answerLabels: Record<Answer, string> = { pass: '符合', fail: '不符合', na: '不涉及' };
export const hazardLevelLabels: Record<HazardLevel, string> = { general: '一般隐患', major: '重大隐患' };
export const hazardStatusLabels: Record<HazardStatus, string> = {
  OPEN: '待整改',
  RECTIFIED: '待验收',
  CLOSED: '已闭环',
};

export type ChecklistItem = ScannedPoint['checklist'][number];

/** GET /api/risk-point-codes/{token}: the point, and whether this user may scan it or only read it. */
export type ScannedPoint = z.infer<typeof scannedPointSchema>;
export type RiskPointRow = Pick<
  RiskPoint,
  'id' | 'name' | 'location' | 'level' | 'nextDueAt' | 'lastScanAt' | 'overdue' | 'status' | 'token'
>;
export type HazardRow = Pick<
  Hazard,
  | 'id'
  | 'enterpriseId'
  | 'riskPointName'
  | 'description'
  | 'level'
  | 'status'
  | 'deadline'
  | 'createdAt'
  | 'rejectReason'
>;
export type { HazardDetail } from '#functions/hazards/schemas';
export type UploadPolicy = UploadTicket;
export type PhotoState = Photo;

export interface Page<T> {
  data: T[];
  nextCursor: string | null;
}
