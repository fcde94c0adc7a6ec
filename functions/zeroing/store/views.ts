import type { HazardState } from '#functions/hazards/index';
import type { AuditRecord } from '#functions/platform/audit/record';
import type { ZeroingCampaign, ZeroingCheck, ZeroingEntry } from '#functions/zeroing/schemas';
import type { ZeroingCampaignItem } from '#functions/zeroing/store/entities/campaign';
import type { ZeroingCheckItem } from '#functions/zeroing/store/entities/check';
import type { ListedHazard, ZeroingEntryItem } from '#functions/zeroing/store/entities/entry';

/** The stored items as the API shows them. */

export const toCampaign = (item: ZeroingCampaignItem): ZeroingCampaign => ({
  id: item.campaignId,
  name: item.name,
  startDate: item.startDate,
  endDate: item.endDate,
  createdBy: item.createdBy,
  createdByName: item.createdByName,
  createdAt: item.createdAt,
  updatedAt: item.updatedAt,
});

/** An entry's listed hazards (the entity stores them as `any`; this names their shape). */
export const listedHazardsOf = (item: ZeroingEntryItem) => item.hazards as ListedHazard[];

/** An entry with each listed hazard's state now (`states` from the hazards capability). */
export function toEntry(item: ZeroingEntryItem, states: Map<string, HazardState>): ZeroingEntry {
  const hazards = listedHazardsOf(item).map((listed) => {
    const state = states.get(listed.hazardId);
    return {
      ...listed,
      ...(state ? { status: state.status } : {}),
      ...(state?.closedAt ? { closedAt: state.closedAt } : {}),
    };
  });
  return {
    id: item.enterpriseId,
    campaignId: item.campaignId,
    enterpriseId: item.enterpriseId,
    enterpriseName: item.enterpriseName,
    creditCode: item.creditCode,
    districtId: item.districtId,
    townId: item.townId,
    gridId: item.gridId ?? null,
    hazards,
    allClosed: hazards.length > 0 && hazards.every((hazard) => hazard.status === 'CLOSED'),
    addedAt: item.addedAt,
    updatedAt: item.updatedAt,
  };
}

/** A stored check as the API shows it. */
export const toCheck = (item: ZeroingCheckItem): ZeroingCheck => ({
  id: item.checkId,
  campaignId: item.campaignId,
  enterpriseId: item.enterpriseId,
  enterpriseName: item.enterpriseName,
  districtId: item.districtId,
  townId: item.townId,
  gridId: item.gridId ?? null,
  level: item.level,
  checkedOn: item.checkedOn,
  checkers: item.checkers,
  results: item.results as ZeroingCheck['results'],
  zeroed: item.zeroed,
  photoIds: item.photoIds,
  createdBy: item.createdBy,
  createdByName: item.createdByName,
  createdAt: item.createdAt,
});

/** The audit record of a campaign write: what changed, in a readable summary. */
export function zeroingAudit(
  action: 'create' | 'update' | 'import',
  entity: 'zeroingCampaign' | 'zeroingCheck',
  entityId: string,
  summary: string,
  after: Record<string, unknown>,
  districtId?: string,
): AuditRecord {
  return { action, entity, entityId, districtId: districtId ?? null, before: null, after, summary };
}
