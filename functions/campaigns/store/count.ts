import type { TargetCount, TargetFilter } from '#functions/campaigns/schemas';
import { scopedTargetFilter } from '#functions/campaigns/store/scope';
import { countTargetEnterprises } from '#functions/enterprises/index';
import { now } from '#functions/platform/clock';
import { districtIds } from '#functions/platform/districts';
import type { Principal } from '#functions/platform/principal';
import { findStatsSnapshot } from '#functions/stats/index';

/** A snapshot older than this is not used for the preview (the stats job refreshes them far more often). */
const SNAPSHOT_MAX_AGE_MS = 60 * 60 * 1000;

const toCount = (counts: Record<string, number>, asOf?: string): TargetCount => {
  const byDistrict = districtIds
    .filter((districtId) => (counts[districtId] ?? 0) > 0)
    .map((districtId) => ({ districtId, count: counts[districtId] ?? 0 }));
  return {
    total: byDistrict.reduce((sum, row) => sum + row.count, 0),
    byDistrict,
    ...(asOf ? { asOf } : {}),
  };
};

/**
 * The count from the stats job's snapshot when the filter is one it counts (district, town, status: not industry
 * or flag): one GetItem instead of reading ≈ 33k index items on each change of the builder. The city's snapshot
 * has the districts, a district's the towns. Null (count live) when the filter is another or no fresh snapshot.
 */
async function snapshotCount(filter: TargetFilter): Promise<TargetCount | null> {
  if (filter.industry || filter.flag) return null;
  const town = filter.townId && filter.districtId ? filter.townId : undefined;
  if (filter.townId && !town) return null;
  const snapshot = town
    ? await findStatsSnapshot('district', filter.districtId as string)
    : await findStatsSnapshot('city', 'city');
  if (!snapshot || now().getTime() - Date.parse(snapshot.generatedAt) > SNAPSHOT_MAX_AGE_MS) return null;
  const wanted = town ?? filter.districtId;
  const counts: Record<string, number> = {};
  for (const area of snapshot.areas) {
    if (!area.id || (wanted && area.id !== wanted)) continue;
    const district = town ? (filter.districtId as string) : area.id;
    const n = filter.status ? (area.byStatus[filter.status] ?? 0) : area.total;
    counts[district] = (counts[district] ?? 0) + n;
  }
  return toCount(counts, snapshot.generatedAt);
}

/**
 * The builder's live preview: how many enterprises the filter selects in the caller's scope, per district.
 * From the stats snapshot when it can (`asOf` says when it was counted; the send records the exact list), else
 * Select COUNT over the planned index partitions (the builder asks once per settled filter).
 */
export async function countTargets(principal: Principal, filter: TargetFilter): Promise<TargetCount> {
  const scoped = await scopedTargetFilter(principal, filter, 'query');
  const fromSnapshot = await snapshotCount(scoped);
  if (fromSnapshot) return fromSnapshot;
  return toCount(await countTargetEnterprises(principal, scoped));
}
