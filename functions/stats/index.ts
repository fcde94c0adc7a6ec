import type { StatsScopeKind, StatsSnapshot } from '#functions/stats/schemas';

/**
 * The stats capability (the dashboard's counts) offers one thing to the others: an area's last snapshot, so that
 * a count it already made (the 自查清单 builder's preview by district, town and status) is not made again at
 * request time. One GetItem; null until the stats job has run once.
 */
export async function findStatsSnapshot(
  scopeKind: StatsScopeKind,
  scopeId: string,
): Promise<StatsSnapshot | null> {
  const [{ statsSnapshot }, { statsSnapshotSchema }] = await Promise.all([
    import('#functions/stats/store/entities/stats-snapshot'),
    import('#functions/stats/schemas'),
  ]);
  const { data } = await statsSnapshot.get({ scopeKind, scopeId }).go();
  return data ? statsSnapshotSchema.parse(data.snapshot) : null;
}
