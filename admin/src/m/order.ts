import type { HazardRow, RiskPointRow } from './api/types';

/** Active points only; overdue first (the most overdue on top, since its due time is the oldest), then the next due. */
export function riskPointsInOrder(points: readonly RiskPointRow[]): RiskPointRow[] {
  return points
    .filter((point) => point.status !== 'retired')
    .sort((a, b) => a.nextDueAt.localeCompare(b.nextDueAt) || a.name.localeCompare(b.name, 'zh-CN'));
}

export function isOverdue(point: Pick<RiskPointRow, 'nextDueAt' | 'overdue'>, now: Date): boolean {
  return point.overdue ?? Date.parse(point.nextDueAt) < now.getTime();
}

const statusRank = { OPEN: 0, RECTIFIED: 1, CLOSED: 2 } as const;

/** To rectify first (nearest deadline on top, major before general on the same day), then awaiting review, then closed. */
export function hazardsInOrder(hazards: readonly HazardRow[]): HazardRow[] {
  return [...hazards].sort(
    (a, b) =>
      statusRank[a.status] - statusRank[b.status] ||
      (a.deadline ?? '9999').localeCompare(b.deadline ?? '9999') ||
      (a.level === b.level ? 0 : a.level === 'major' ? -1 : 1) ||
      b.createdAt.localeCompare(a.createdAt),
  );
}
