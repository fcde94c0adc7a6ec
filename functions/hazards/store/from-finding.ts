import { deadlineOf } from '#functions/hazards/domain/deadline';
import { hazardIdOfFinding } from '#functions/hazards/domain/finding-id';
import type { HazardSource } from '#functions/hazards/domain/kinds';
import { deadlineDays } from '#functions/hazards/store/config';
import { type HazardItem, hazard } from '#functions/hazards/store/entities/hazard';
import { firstStep } from '#functions/hazards/store/hazards';
import { hazardAudit } from '#functions/hazards/store/records';
import { currentPrincipalOf } from '#functions/identity/index';
import { appendAuditEntry } from '#functions/platform/audit/append';
import { auditEntryOf } from '#functions/platform/audit/entry';
import { isConditionFailure } from '#functions/platform/conditions';
import { newId } from '#functions/platform/ids';
import { logger } from '#functions/platform/logger';

/** What a finding fixes of the hazard it creates; the store adds status, deadline, history and the creator's name. */
export interface Finding {
  source: HazardSource;
  findingRef: string;
  enterpriseId: string;
  districtId: string;
  townId: string;
  gridId?: string | undefined;
  description: string;
  level: 'general' | 'major';
  majorCategory?: string | undefined;
  category?: string | undefined;
  photoIds: string[];
  createdBy: string;
  at: string;
  /** Source-specific attributes (a scan's risk point and scan id). */
  extra?: Partial<Pick<HazardItem, 'riskPointId' | 'riskPointName' | 'scanId'>>;
  /** The audit entry's request id and route. */
  requestId: string;
  routeKey: string;
}

/**
 * A hazard found by a scan, a patrol, a campaign answer or a zeroing list: one conditional create keyed by the
 * finding, so a retried finding finds the first and creates nothing (`created: false`). The finder is audited
 * like the supervisors' writes; a failed append is logged and does not undo the hazard.
 */
export async function createFoundHazard(finding: Finding): Promise<{ hazardId: string; created: boolean }> {
  const hazardId = hazardIdOfFinding(finding.source, finding.findingRef);
  const by = await currentPrincipalOf(finding.createdBy);
  const name = by?.name ?? finding.createdBy;
  const item: HazardItem = {
    hazardId,
    enterpriseId: finding.enterpriseId,
    districtId: finding.districtId,
    townId: finding.townId,
    ...(finding.gridId ? { gridId: finding.gridId } : {}),
    source: finding.source,
    level: finding.level,
    ...(finding.majorCategory ? { majorCategory: finding.majorCategory } : {}),
    ...(finding.category ? { category: finding.category } : {}),
    findingRef: finding.findingRef,
    description: finding.description,
    ...finding.extra,
    status: 'OPEN',
    deadline: deadlineOf(new Date(finding.at), finding.level, deadlineDays()),
    photoIds: finding.photoIds,
    history: [
      firstStep(
        { userId: finding.createdBy, name, role: by?.role ?? 'enterpriseUser' },
        finding.at,
        finding.description,
        finding.photoIds,
      ),
    ],
    createdBy: finding.createdBy,
    createdByName: name,
    createdAt: finding.at,
    updatedAt: finding.at,
    version: 1,
  };
  try {
    await hazard.create(item).go({ response: 'none' });
  } catch (error) {
    if (isConditionFailure(error)) return { hazardId, created: false };
    throw error;
  }
  if (by) {
    const now = new Date(item.createdAt);
    const meta = { entryId: newId(now), at: now, requestId: finding.requestId, routeKey: finding.routeKey };
    const entry = auditEntryOf(hazardAudit('create', null, item), by, meta);
    try {
      await appendAuditEntry(entry);
    } catch (error) {
      logger.error('audit append failed', { error, entry });
    }
  }
  return { hazardId, created: true };
}
