import { sleep } from '#functions/platform/concurrency';
import { NotFoundError } from '#functions/platform/errors';
import type { Principal } from '#functions/platform/principal';
import { listScope } from '#functions/platform/scope';
import { STATS_REFRESH_MINUTES } from '#functions/stats/domain/schedule';
import {
  type Stats,
  type StatsScopeKind,
  type StatsSnapshot,
  statsSnapshotSchema,
} from '#functions/stats/schemas';
import { statsSnapshot } from '#functions/stats/store/entities/stats-snapshot';

const MAX_ROUNDS = 8;

/** Replaces the snapshots (BatchWriteItem, 25 a request), writing what comes back unprocessed again. */
export async function saveStatsSnapshots(snapshots: readonly StatsSnapshot[]): Promise<void> {
  let pending = snapshots.map((snapshot) => ({
    scopeKind: snapshot.scope.kind,
    scopeId: snapshot.scope.id,
    generatedAt: snapshot.generatedAt,
    snapshot,
  }));
  for (let round = 0; pending.length > 0; round += 1) {
    if (round === MAX_ROUNDS) throw new Error(`stats snapshots still unprocessed after ${MAX_ROUNDS} rounds`);
    if (round > 0) await sleep(Math.min(50 * 2 ** round, 2000));
    const { unprocessed } = await statsSnapshot.put(pending).go({ concurrent: 4 });
    const left = new Set(
      (unprocessed as { scopeKind: string; scopeId: string }[]).map((k) => `${k.scopeKind}#${k.scopeId}`),
    );
    pending = pending.filter((item) => left.has(`${item.scopeKind}#${item.scopeId}`));
  }
}

/** The snapshot a principal's scope reads: the city's, its district's, its town's or its grid's. */
function snapshotKeyOf(principal: Principal): { scopeKind: StatsScopeKind; scopeId: string } | undefined {
  const scope = listScope(principal);
  switch (scope.kind) {
    case 'all':
      return { scopeKind: 'city', scopeId: 'city' };
    case 'district':
      return { scopeKind: 'district', scopeId: scope.districtId };
    case 'town':
      return { scopeKind: 'town', scopeId: scope.townId };
    case 'grid':
      return { scopeKind: 'grid', scopeId: scope.gridId };
    default:
      return undefined;
  }
}

/**
 * The counts of the caller's area: one GetItem of its snapshot, never a count at request time. Null until the
 * stats job has run once (the console says when it will). A caller with no area of its own gets 404.
 */
export async function findStatsFor(principal: Principal): Promise<Stats> {
  const key = snapshotKeyOf(principal);
  if (!key) throw new NotFoundError('当前账号没有可统计的辖区');
  const { data } = await statsSnapshot.get(key).go();
  return {
    refreshMinutes: STATS_REFRESH_MINUTES,
    snapshot: data ? statsSnapshotSchema.parse(data.snapshot) : null,
  };
}
