import type { OverduePoint, RiskLevel } from '#functions/risk-points/index';

/** The order counts are kept in: [active, overdue] for red, orange, yellow, blue. */
export const tallyLevels: readonly RiskLevel[] = ['red', 'orange', 'yellow', 'blue'];
const slot: Record<RiskLevel, number> = { red: 0, orange: 2, yellow: 4, blue: 6 };

/** One enterprise's active and overdue points by level (8 counts), with where it sits. */
export interface EnterpriseTally {
  enterpriseId: string;
  name: string;
  districtId: string;
  townId: string;
  gridId: string | null;
  counts: number[];
}

/** The tally of a job run (or of one segment's partitions): enterprise id → its counts. */
export type Tally = Map<string, EnterpriseTally>;

/** DOMAIN.md: a point is overdue at instant T when T > nextDueAt. */
export function isOverdue(nextDueAt: string, at: Date): boolean {
  return at.getTime() > Date.parse(nextDueAt);
}

/**
 * Where points of one enterprise disagree (a rename or move not yet carried to every point), the smallest value
 * wins: whatever order segments read in, the figures and names come out the same.
 */
const smaller = (a: string, b: string) => (b < a ? b : a);
const smallerGrid = (a: string | null, b: string | null) => (a === null ? b : b === null ? a : smaller(a, b));

function placeOf(tally: Tally, from: Omit<EnterpriseTally, 'counts'>): EnterpriseTally {
  const known = tally.get(from.enterpriseId);
  if (!known) {
    const entry = { ...from, counts: [0, 0, 0, 0, 0, 0, 0, 0] };
    tally.set(from.enterpriseId, entry);
    return entry;
  }
  known.name = smaller(known.name, from.name);
  known.districtId = smaller(known.districtId, from.districtId);
  known.townId = smaller(known.townId, from.townId);
  known.gridId = smallerGrid(known.gridId, from.gridId);
  return known;
}

/** Counts a page of active points into `tally` as at instant `at`. */
export function addPoints(tally: Tally, points: readonly OverduePoint[], at: Date): void {
  for (const point of points) {
    const entry = placeOf(tally, {
      enterpriseId: point.enterpriseId,
      name: point.enterpriseName,
      districtId: point.districtId,
      townId: point.townId,
      gridId: point.gridId ?? null,
    });
    const index = slot[point.level];
    entry.counts[index] = (entry.counts[index] ?? 0) + 1;
    if (isOverdue(point.nextDueAt, at)) entry.counts[index + 1] = (entry.counts[index + 1] ?? 0) + 1;
  }
}

/** Adds up the tallies of several segments: the tally one run over all their partitions would have made. */
export function mergeTallies(tallies: readonly Tally[]): Tally {
  const merged: Tally = new Map();
  for (const tally of tallies)
    for (const { counts, ...place } of tally.values()) {
      const entry = placeOf(merged, place);
      counts.forEach((count, index) => {
        entry.counts[index] = (entry.counts[index] ?? 0) + count;
      });
    }
  return merged;
}
