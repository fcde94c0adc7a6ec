import type { HazardLevel, HazardStatus } from '#functions/hazards/domain/kinds';
import { businessDay, businessDayBounds } from '#functions/platform/clock';

/** Days to rectify by level (DOMAIN.md defaults; HAZARD_DEADLINE_DAYS_GENERAL / _MAJOR override them). */
export type DeadlineDays = Readonly<Record<HazardLevel, number>>;
export const defaultDeadlineDays: DeadlineDays = { general: 7, major: 30 };

const DAY_MS = 24 * 3600 * 1000;

/**
 * The deadline of a hazard found at `foundAt`: the end of the Asia/Shanghai day `days` after the day it was
 * found (found on 12-02 at any hour, 7 days → due by 12-09 23:59:59.999 Beijing time), so that the deadline
 * users read is a whole day and does not depend on the hour of the finding.
 */
export function deadlineOf(
  foundAt: Date,
  level: HazardLevel,
  days: DeadlineDays = defaultDeadlineDays,
): string {
  const foundDay = businessDayBounds(businessDay(foundAt)).first;
  const dueDay = businessDay(new Date(foundDay.getTime() + days[level] * DAY_MS));
  return businessDayBounds(dueDay).last.toISOString();
}

/** Past deadline: still waiting for its rectification (OPEN) after the deadline. */
export function isPastDeadline(hazard: { status: HazardStatus; deadline: string }, now: Date): boolean {
  return hazard.status === 'OPEN' && hazard.deadline < now.toISOString();
}
