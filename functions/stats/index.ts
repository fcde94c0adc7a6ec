import type { StatsScopeKind } from '#functions/stats/domain/scope-kinds';

/** An area's enterprise counts as the stats job last made them: what other capabilities may read of a snapshot. */
export interface StatsCounts {
  /** When the job counted (UTC). */
  generatedAt: string;
  /** The area's parts (a city's districts, a district's towns…): id (null = outside any grid), total, by status. */
  areas: { id: string | null; total: number; byStatus: Record<string, number> }[];
}

/**
 * The stats capability (the dashboard's counts) offers one thing to the others: an area's last counts, so that a
 * count it already made (the 自查清单 builder's preview by district, town and status) is not made again at request
 * time. One GetItem; null until the stats job has run once. Read without the route schemas (a caller's bundle
 * does not grow with stats' API): the job wrote the snapshot through its schema.
 */
export async function findStatsSnapshot(
  scopeKind: StatsScopeKind,
  scopeId: string,
): Promise<StatsCounts | null> {
  const { statsSnapshot } = await import('#functions/stats/store/entities/stats-snapshot');
  const { data } = await statsSnapshot.get({ scopeKind, scopeId }).go();
  if (!data) return null;
  const snapshot = data.snapshot as StatsCounts;
  return {
    generatedAt: snapshot.generatedAt,
    areas: snapshot.areas.map(({ id, total, byStatus }) => ({ id, total, byStatus })),
  };
}
