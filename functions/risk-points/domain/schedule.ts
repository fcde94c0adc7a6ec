import type { RiskLevel } from '#functions/risk-points/domain/types';

const DAY_MS = 24 * 3600 * 1000;

/** Default inspection cycles by level, in days (DOMAIN.md); each dictionary class may set its own. */
export const defaultCycleDays: Record<RiskLevel, number> = { red: 1, orange: 7, yellow: 30, blue: 90 };

/** A class's cycle: at least daily, at most a year (the longest period any quarterly statistic looks back). */
export const CLASS_CYCLE_MIN = 1;
export const CLASS_CYCLE_MAX = 365;

/**
 * The cycles a point of a class may use: from daily up to twice its class's cycle. Tighter than the class is
 * always allowed (a plant may inspect more often); looser only up to double, so a red class (1 day) cannot be
 * relaxed past 2 days.
 */
export function cycleBounds(classCycleDays: number): { min: number; max: number } {
  return { min: 1, max: classCycleDays * 2 };
}

export function cycleWithinBounds(cycleDays: number, classCycleDays: number): boolean {
  const { min, max } = cycleBounds(classCycleDays);
  return Number.isInteger(cycleDays) && cycleDays >= min && cycleDays <= max;
}

/** `nextDueAt = lastScanAt + cycle`, or `createdAt + cycle` when never scanned (DOMAIN.md, overdue). */
export function nextDueAt(point: {
  createdAt: string;
  lastScanAt?: string | undefined;
  cycleDays: number;
}): string {
  const from = new Date(point.lastScanAt ?? point.createdAt).getTime();
  return new Date(from + point.cycleDays * DAY_MS).toISOString();
}

/** Overdue at instant `at` when `at > nextDueAt`; a retired point is never overdue. */
export function isOverdue(point: { nextDueAt: string; status: 'active' | 'retired' }, at: Date): boolean {
  return point.status === 'active' && at.getTime() > new Date(point.nextDueAt).getTime();
}

/** Whether a scan at `scannedAt` moves the point forward: only a scan newer than the last one does. */
export function advancesScan(lastScanAt: string | undefined, scannedAt: string): boolean {
  return lastScanAt === undefined || new Date(scannedAt).getTime() > new Date(lastScanAt).getTime();
}
