import { isPastDeadline } from '#functions/hazards/domain/deadline';
import { hazardLevelLabels, majorCategories } from '#functions/hazards/domain/kinds';
import type { HistoryEntry } from '#functions/hazards/domain/transitions';
import type { Hazard } from '#functions/hazards/schemas';
import type { HazardItem } from '#functions/hazards/store/entities/hazard';
import type { AuditRecord } from '#functions/platform/audit/record';

/** Where a hazard sits, for the scope rule. */
export const placementOf = (item: Pick<HazardItem, 'districtId' | 'townId' | 'gridId' | 'enterpriseId'>) => ({
  districtId: item.districtId,
  townId: item.townId,
  gridId: item.gridId ?? null,
  enterpriseId: item.enterpriseId,
});

const categoryLabel = (code: string) => (majorCategories as Record<string, string | undefined>)[code] ?? code;

/** The stored hazard as the API shows it; `pastDeadline` is computed at `now`. */
export function toHazard(item: HazardItem, now: Date): Hazard {
  return {
    id: item.hazardId,
    enterpriseId: item.enterpriseId,
    districtId: item.districtId,
    townId: item.townId,
    gridId: item.gridId ?? null,
    source: item.source,
    level: item.level,
    ...(item.majorCategory
      ? { majorCategory: item.majorCategory, majorCategoryLabel: categoryLabel(item.majorCategory) }
      : {}),
    ...(item.category ? { category: item.category } : {}),
    ...(item.findingRef ? { findingRef: item.findingRef } : {}),
    description: item.description,
    ...(item.rectificationPlan ? { rectificationPlan: item.rectificationPlan } : {}),
    ...(item.riskPointId ? { riskPointId: item.riskPointId } : {}),
    ...(item.riskPointName ? { riskPointName: item.riskPointName } : {}),
    ...(item.scanId ? { scanId: item.scanId } : {}),
    status: item.status,
    deadline: item.deadline,
    pastDeadline: isPastDeadline(item, now),
    photoIds: item.photoIds,
    ...(item.rectification ? { rectification: item.rectification as Hazard['rectification'] } : {}),
    ...(item.rejectReason ? { rejectReason: item.rejectReason } : {}),
    ...(item.closedAt ? { closedAt: item.closedAt } : {}),
    createdBy: item.createdBy,
    createdByName: item.createdByName,
    createdAt: item.createdAt,
    updatedAt: item.updatedAt,
    version: item.version,
  };
}

export const historyOf = (item: HazardItem) => item.history as HistoryEntry[];

const actionLabels = {
  create: '登记隐患',
  rectify: '提交整改',
  close: '验收闭环',
  reject: '退回整改',
} as const;

/** The audit record of one hazard step: the state fields before and after, and a readable summary. */
export function hazardAudit(
  action: keyof typeof actionLabels,
  before: HazardItem | null,
  after: HazardItem,
): AuditRecord {
  const state = (item: HazardItem | null) =>
    item && {
      status: item.status,
      level: item.level,
      deadline: item.deadline,
      ...(item.rejectReason ? { rejectReason: item.rejectReason } : {}),
      ...(item.closedAt ? { closedAt: item.closedAt } : {}),
      version: item.version,
    };
  const note = (historyOf(after).at(-1)?.note ?? '').slice(0, 60);
  return {
    action,
    entity: 'hazard',
    entityId: after.hazardId,
    districtId: after.districtId,
    before: state(before),
    after: state(after),
    summary: `${actionLabels[action]}（${hazardLevelLabels[after.level]}）：${after.description.slice(0, 40)}${
      action === 'create' ? '' : `；${note}`
    }`,
  };
}
