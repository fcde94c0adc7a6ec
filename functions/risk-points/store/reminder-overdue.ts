import type { RiskLevel } from '#functions/risk-points/domain/types';
import { riskPoint } from '#functions/risk-points/store/entities/risk-point';

/** An overdue active point as the reminders job needs it: who, where, how bad, since when. */
export interface OverdueReminderPoint {
  riskPointId: string;
  enterpriseId: string;
  enterpriseName: string;
  districtId: string;
  townId: string;
  level: RiskLevel;
  nextDueAt: string;
}

const attributes = [
  'riskPointId',
  'enterpriseId',
  'enterpriseName',
  'districtId',
  'townId',
  'level',
  'nextDueAt',
] as const;

/**
 * The active points of one district and level that are overdue at `at` (`nextDueAt < at`), page by page: a key
 * condition on gsi3 `byDistrict` (districtId, status, level) whose sort key starts with `nextDueAt`, only the
 * attributes above read. The reminders job walks 7 districts × 4 levels; nothing else is read.
 */
export async function* overduePointsForReminders(
  districtId: string,
  level: RiskLevel,
  at: Date,
): AsyncIterable<OverdueReminderPoint[]> {
  let cursor: string | null = null;
  do {
    const page: { data: OverdueReminderPoint[]; cursor: string | null } = await riskPoint.query
      .byDistrict({ districtId, status: 'active', level })
      .lt({ nextDueAt: at.toISOString() })
      .go({ cursor, limit: 1000, attributes: [...attributes] });
    cursor = page.cursor;
    if (page.data.length > 0) yield page.data;
  } while (cursor);
}
