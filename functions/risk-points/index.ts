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

/** An enterprise's active points overdue at `at`: one key range on `byEnterprise` (the patrol form; patrols). */
export async function overduePointsOfEnterprise(
  enterpriseId: string,
  at: Date,
): Promise<{ riskPointId: string; name: string; level: string; nextDueAt: string }[]> {
  const { riskPoint } = await import('#functions/risk-points/store/entities/risk-point');
  const { data } = await riskPoint.query
    .byEnterprise({ enterpriseId, status: 'active' })
    .lt({ nextDueAt: at.toISOString() })
    .go({ pages: 'all', attributes: ['riskPointId', 'name', 'level', 'nextDueAt'] });
  return data.map(({ riskPointId, name, level, nextDueAt }) => ({ riskPointId, name, level, nextDueAt }));
}
