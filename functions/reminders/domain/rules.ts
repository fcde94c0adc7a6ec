import { businessDay, nextBusinessDayStart } from '#functions/platform/clock';

/**
 * Which reminders are due at an instant (issue 12, item 5): pure rules on the job's read, so that tests pin
 * them. Thresholds are instants, as the overdue rule is (DOMAIN.md: overdue when T > nextDueAt): a point is
 * "overdue more than 3 days" when T − nextDueAt > 3 × 24 h, a hazard "past deadline more than 7 days" when
 * T − deadline > 7 × 24 h. Exactly 3 (7) days is not more.
 */
export const DAY_MS = 24 * 3600 * 1000;
export const POINT_ESCALATION_MS = 3 * DAY_MS;
export const HAZARD_ESCALATION_MS = 7 * DAY_MS;

export type PointLevel = 'red' | 'orange' | 'yellow' | 'blue';
/** Worst first: the order "worst level" is read in. */
export const pointLevels: readonly PointLevel[] = ['red', 'orange', 'yellow', 'blue'];
export const pointLevelLabels = {
  red: '重大风险',
  orange: '较大风险',
  yellow: '一般风险',
  blue: '低风险',
} as const satisfies Record<PointLevel, string>;

export interface ReminderPoint {
  riskPointId: string;
  enterpriseId: string;
  enterpriseName: string;
  districtId: string;
  townId: string;
  level: PointLevel;
  nextDueAt: string;
}

export interface ReminderHazard {
  hazardId: string;
  enterpriseId: string;
  districtId: string;
  townId: string;
  description: string;
  /** OPEN hazards only reach the rules: the deadline instant (the end of an Asia/Shanghai day). */
  deadline: string;
}

/** Overdue at `at` by the domain rule; the reader's key condition already says so, the rules check again. */
export const isOverdueAt = (point: ReminderPoint, at: Date): boolean =>
  at.getTime() > new Date(point.nextDueAt).getTime();

/** A red or orange point overdue for more than 3 days: its town officers hear of it. */
export const escalatesPoint = (point: ReminderPoint, at: Date): boolean =>
  (point.level === 'red' || point.level === 'orange') &&
  at.getTime() - new Date(point.nextDueAt).getTime() > POINT_ESCALATION_MS;

export type HazardStage = 'dueTomorrow' | 'pastDeadline' | 'none';

/** Due tomorrow: the deadline falls in the Asia/Shanghai day after `at`'s. Past: the deadline is before `at`. */
export function hazardStage(hazard: ReminderHazard, at: Date): HazardStage {
  const deadline = new Date(hazard.deadline);
  if (deadline.getTime() < at.getTime()) return 'pastDeadline';
  return businessDay(deadline) === businessDay(nextBusinessDayStart(at)) ? 'dueTomorrow' : 'none';
}

/** Past its deadline for more than 7 days: its town officers hear of it. */
export const escalatesHazard = (hazard: ReminderHazard, at: Date): boolean =>
  at.getTime() - new Date(hazard.deadline).getTime() > HAZARD_ESCALATION_MS;

/** The instant the job's hazard read must reach: the start of the day after tomorrow (Asia/Shanghai). */
export const hazardReadUntil = (at: Date): Date => nextBusinessDayStart(nextBusinessDayStart(at));
