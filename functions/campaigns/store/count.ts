import type { TargetCount, TargetFilter } from '#functions/campaigns/schemas';
import { scopedTargetFilter } from '#functions/campaigns/store/scope';
import { countTargetEnterprises } from '#functions/enterprises/index';
import { districtIds } from '#functions/platform/districts';
import type { Principal } from '#functions/platform/principal';

/** The builder's live preview: how many enterprises the filter selects in the caller's scope, per district. */
export async function countTargets(principal: Principal, filter: TargetFilter): Promise<TargetCount> {
  const scoped = await scopedTargetFilter(principal, filter, 'query');
  const counts = await countTargetEnterprises(principal, scoped);
  const byDistrict = districtIds
    .filter((districtId) => (counts[districtId] ?? 0) > 0)
    .map((districtId) => ({ districtId, count: counts[districtId] ?? 0 }));
  return { total: byDistrict.reduce((sum, row) => sum + row.count, 0), byDistrict };
}
