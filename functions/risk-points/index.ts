/** What other capabilities may use of risk-points (风险辞典与风险点（常安码）): a point by its code, moving its
 * scan dates forward, and the points a principal may print. */
export { advanceRiskPointScan, labelPointsFor, scanTargetByToken } from '#functions/risk-points/contract';
export type {
  ChecklistItem,
  LabelPoint,
  RiskLevel,
  RiskPointSelection,
  ScanTarget,
} from '#functions/risk-points/domain/types';
export {
  type ActivePartition,
  activePointPartitions,
  activePointsOf,
  type OverduePoint,
} from '#functions/risk-points/store/overdue-points';
export {
  type OverdueReminderPoint,
  overduePointsForReminders,
} from '#functions/risk-points/store/reminder-overdue';
