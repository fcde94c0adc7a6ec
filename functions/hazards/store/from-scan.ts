import { createHash } from 'node:crypto';
import { deadlineOf } from '#functions/hazards/domain/deadline';
import type { HazardFromScanInput } from '#functions/hazards/index';
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

/** The hazard id of a scan: the same scan (however often retried, at whatever time) names the same hazard. */
export const hazardIdOfScan = (scanId: string) =>
  createHash('sha256').update(`hazard\nscan\n${scanId}`).digest('hex').slice(0, 26);

/**
 * A hazard found by a scan (source `scan`): one conditional create keyed by the scan, so a retried scan finds
 * the first and creates nothing. The enterprise user's finding is audited like the supervisors' writes.
 */
export async function createHazardFromScan(input: HazardFromScanInput): Promise<{ hazardId: string }> {
  const hazardId = hazardIdOfScan(input.scanId);
  const at = new Date(input.at);
  const by = await currentPrincipalOf(input.createdBy);
  const item: HazardItem = {
    hazardId,
    enterpriseId: input.enterpriseId,
    districtId: input.districtId,
    townId: input.townId,
    ...(input.gridId ? { gridId: input.gridId } : {}),
    source: 'scan',
    level: input.level,
    ...(input.majorCategory ? { majorCategory: input.majorCategory } : {}),
    description: input.description,
    riskPointId: input.riskPointId,
    riskPointName: input.riskPointName,
    scanId: input.scanId,
    status: 'OPEN',
    deadline: deadlineOf(at, input.level, deadlineDays()),
    photoIds: input.photoIds,
    history: [
      firstStep(
        { userId: input.createdBy, name: by?.name ?? input.createdBy, role: by?.role ?? 'enterpriseUser' },
        input.at,
        input.description,
        input.photoIds,
      ),
    ],
    createdBy: input.createdBy,
    createdByName: by?.name ?? input.createdBy,
    createdAt: input.at,
    updatedAt: input.at,
    version: 1,
  };
  try {
    await hazard.create(item).go({ response: 'none' });
  } catch (error) {
    if (isConditionFailure(error)) return { hazardId };
    throw error;
  }
  if (by) await auditFinding(item, by);
  return { hazardId };
}

/** One audit entry for the finding; like the HTTP chain's, a failed append is logged and does not undo it. */
async function auditFinding(
  item: HazardItem,
  by: NonNullable<Awaited<ReturnType<typeof currentPrincipalOf>>>,
) {
  const now = new Date(item.createdAt);
  const meta = {
    entryId: newId(now),
    at: now,
    requestId: `scan:${item.scanId}`,
    routeKey: 'POST /api/scans',
  };
  const entry = auditEntryOf(hazardAudit('create', null, item), by, meta);
  try {
    await appendAuditEntry(entry);
  } catch (error) {
    logger.error('audit append failed', { error, entry });
  }
}
