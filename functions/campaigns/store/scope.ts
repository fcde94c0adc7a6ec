import type { TargetFilter } from '#functions/campaigns/schemas';
import type { CampaignItem } from '#functions/campaigns/store/views';
import { townPlace } from '#functions/org/index';
import { districtIds } from '#functions/platform/districts';
import { NotFoundError, ValidationError } from '#functions/platform/errors';
import type { Principal } from '#functions/platform/principal';

/**
 * Who may see and send a campaign. The city sees every campaign; a district admin its district's own and the
 * city's that reach its district (all districts, or its own), and in those only its district's rows. Sending
 * is the owner's: the city for its campaigns (and, as the city does everything, a district's), a district for
 * its own.
 */
export function canSee(principal: Principal, item: CampaignItem): boolean {
  if (principal.role === 'cityAdmin') return true;
  if (principal.role !== 'districtAdmin' || !principal.districtId) return false;
  if (item.ownerDistrictId) return item.ownerDistrictId === principal.districtId;
  return !item.targetDistrictId || item.targetDistrictId === principal.districtId;
}

export function canSend(principal: Principal, item: CampaignItem): boolean {
  if (principal.role === 'cityAdmin') return true;
  return principal.role === 'districtAdmin' && item.ownerDistrictId === principal.districtId;
}

/** The districts whose rows the caller sees in a campaign's progress and targets. */
export function visibleDistricts(principal: Principal): string[] {
  if (principal.role === 'cityAdmin') return [...districtIds];
  return principal.districtId ? [principal.districtId] : [];
}

/** The campaign if the caller may see it; otherwise 404, so that its existence does not leak. */
export function seen(principal: Principal, item: CampaignItem | null): CampaignItem {
  if (!item || !canSee(principal, item)) throw new NotFoundError('自查清单不存在或无权查看');
  return item;
}

/**
 * A target filter in the creator's scope, its town checked: a district admin may target only its own district
 * (another district is a 400 on the field, nothing written); a town fixes its district. `at` is the field path
 * prefix (`body.filter` or `query`).
 */
export async function scopedTargetFilter(
  principal: Principal,
  filter: TargetFilter,
  at: string,
): Promise<TargetFilter> {
  let scoped = { ...filter };
  if (principal.role === 'districtAdmin') {
    if (scoped.districtId && scoped.districtId !== principal.districtId)
      throw new ValidationError(
        [
          {
            path: `${at}.districtId`,
            code: 'out_of_scope',
            message: '区级账号只能向本辖区企业发送自查清单，请选择本辖区或留空',
          },
        ],
        '只能向本辖区企业发送自查清单',
      );
    scoped = { ...scoped, districtId: principal.districtId as TargetFilter['districtId'] };
  }
  if (scoped.townId) {
    const town = await townPlace(scoped.townId);
    if (!town || (scoped.districtId && town.districtId !== scoped.districtId))
      throw new ValidationError([
        {
          path: `${at}.townId`,
          code: 'unknown_town',
          message: '所选镇（街道）不存在或不在所选辖市（区），请重新选择',
        },
      ]);
    scoped = { ...scoped, districtId: town.districtId as TargetFilter['districtId'] };
  }
  return scoped;
}
