import { createHmac } from 'node:crypto';
import { deadlineOf } from '#functions/hazards/domain/deadline';
import type { MajorCategory } from '#functions/hazards/domain/kinds';
import type { HistoryEntry } from '#functions/hazards/domain/transitions';
import { deadlineDays } from '#functions/hazards/store/config';
import type { HazardItem } from '#functions/hazards/store/entities/hazard';
import { hazardIdOfScan } from '#functions/hazards/store/from-scan';
import { firstStep } from '#functions/hazards/store/hazards';
import { businessDay } from '#functions/platform/clock';
import { TOKEN_BYTES } from '#functions/risk-points/domain/token';
import type { RiskPointItem } from '#functions/risk-points/store/point-items';
import { failedItemsDescription, isLate } from '#functions/scans/domain/scan';
import { type ScanItem, scanIdFor } from '#functions/scans/store/record';
import { seededRandom } from './random';
import { DAY_MS, type DemoEnterprise, type PlannedPoint, type PlannedScan } from './risk-plan';
import { reviewReasons } from './risk-profiles';

/** A town's officer, who reviews the rectifications of that town's hazards in the demo. */
export type Reviewer = { userId: string; name: string };

const iso = (at: number) => new Date(at).toISOString();

/** The point's code token: unguessable (an HMAC under the seed's random secret), the same on a re-run. */
export const demoToken = (secret: string, riskPointId: string) =>
  createHmac('sha256', secret).update(riskPointId).digest().subarray(0, TOKEN_BYTES).toString('base64url');

/** The point as risk-points writes it after its last scan: `nextDueAt` from that scan, one version per scan. */
export function pointItem(enterprise: DemoEnterprise, point: PlannedPoint, token: string): RiskPointItem {
  const last = point.scans.at(-1);
  const createdAt = iso(point.createdAt);
  return {
    riskPointId: point.riskPointId,
    enterpriseId: enterprise.id,
    enterpriseName: enterprise.name,
    districtId: enterprise.districtId,
    townId: enterprise.townId,
    ...(enterprise.gridId ? { gridId: enterprise.gridId } : {}),
    classId: point.seedClass.classId,
    className: point.seedClass.name,
    name: point.name,
    location: point.location,
    level: point.seedClass.level,
    cycleDays: point.seedClass.cycleDays,
    controls: point.seedClass.controls,
    responsible: enterprise.responsible,
    status: 'active',
    ...(last ? { lastScanAt: iso(last.at) } : {}),
    nextDueAt: iso((last?.at ?? point.createdAt) + point.seedClass.cycleDays * DAY_MS),
    token,
    codeIssuedAt: createdAt,
    version: 1 + point.scans.length,
    createdBy: enterprise.safety.userId,
    createdAt,
    updatedAt: createdAt,
  };
}

const categoryOfFamily: Record<string, MajorCategory> = {
  dust: 'dustExplosion',
  ammonia: 'ammoniaRefrigeration',
  confined: 'confinedSpace',
  smelt: 'metallurgy',
  molten: 'metallurgy',
};

/** One scan as scans records it (answers with their texts, no photos in the demo), and the hazard it found. */
export function scanItems(
  enterprise: DemoEnterprise,
  point: PlannedPoint,
  planned: PlannedScan,
  number: number,
  context: { anchor: number; reviewer: Reviewer | undefined },
): { scan: ScanItem; hazard?: HazardItem } {
  const by = planned.byPrincipal ? enterprise.principal : enterprise.safety;
  const clientScanId = `demo-${point.riskPointId}-${number}`;
  const scanId = scanIdFor(by.userId, clientScanId);
  const random = seededRandom(planned.at);
  const checklist = point.seedClass.checklist;
  const failed = planned.hazard ? random.int(0, checklist.length - 1) : -1;
  const answers = checklist.map((item, i) => ({
    itemId: item.itemId,
    answer: i === failed ? ('fail' as const) : random.next() < 0.08 ? ('na' as const) : ('pass' as const),
    text: item.text,
  }));
  const at = new Date(planned.at);
  const hazard = planned.hazard
    ? hazardItem(
        enterprise,
        point,
        { scanId, by, at: planned.at, description: failedItemsDescription(checklist, answers) },
        context,
      )
    : undefined;
  const scan: ScanItem = {
    scanId,
    clientScanId,
    riskPointId: point.riskPointId,
    riskPointName: point.name,
    level: point.seedClass.level,
    className: point.seedClass.name,
    location: point.location,
    enterpriseId: enterprise.id,
    enterpriseName: enterprise.name,
    districtId: enterprise.districtId,
    townId: enterprise.townId,
    ...(enterprise.gridId ? { gridId: enterprise.gridId } : {}),
    userId: by.userId,
    userName: by.name,
    principal: planned.byPrincipal,
    scannedAt: at.toISOString(),
    day: businessDay(at),
    dueAt: iso(planned.dueAt),
    late: isLate(at, iso(planned.dueAt)),
    result: hazard ? 'hazard' : 'normal',
    answers,
    photoIds: [],
    ...(hazard ? { hazardId: hazard.hazardId } : {}),
  };
  return { scan, ...(hazard ? { hazard } : {}) };
}

type Finding = { scanId: string; by: { userId: string; name: string }; at: number; description: string };

/**
 * The hazard a scan found, in the state it has reached by `anchor`: the older it is, the likelier rectified and
 * closed; some were sent back (back to OPEN with the reason), some are still OPEN past their deadline.
 */
function hazardItem(
  enterprise: DemoEnterprise,
  point: PlannedPoint,
  finding: Finding,
  { anchor, reviewer }: { anchor: number; reviewer: Reviewer | undefined },
): HazardItem {
  const random = seededRandom(finding.at + 1);
  const family = point.seedClass.classId.split('-')[1] ?? '';
  const major =
    (point.seedClass.level === 'red' || point.seedClass.level === 'orange') && random.next() < 0.15;
  const level = major ? ('major' as const) : ('general' as const);
  const age = (anchor - finding.at) / DAY_MS;
  const u = random.next();
  const closes = age > 3 && u < (age > 10 ? 0.75 : 0.35);
  const sentBack = !closes && age > 4 && u < (age > 10 ? 0.83 : 0.45);
  const rectified = !closes && !sentBack && age > 1 && u < (age > 10 ? 0.9 : 0.6);
  const creator = { userId: finding.by.userId, name: finding.by.name, role: 'enterpriseUser' as const };
  const history: HistoryEntry[] = [firstStep(creator, iso(finding.at), finding.description, [])];
  const step = (
    action: HistoryEntry['action'],
    from: HistoryEntry['from'],
    to: HistoryEntry['to'],
    at: number,
    note: string,
    by: Reviewer,
    role: HistoryEntry['role'],
  ) =>
    // A rectification step carries its (here: no) photos, like hazards' own rectify step.
    history.push({
      at: iso(at),
      action,
      from,
      to,
      by: by.userId,
      byName: by.name,
      role,
      note,
      ...(action === 'rectify' ? { photoIds: [] } : {}),
    });
  const span = Math.min(age, 6) * DAY_MS;
  const rectifyAt = finding.at + span * (0.2 + random.next() * 0.3);
  const reviewAt = rectifyAt + span * (0.1 + random.next() * 0.3);
  const officer = reviewer ?? { userId: 'seed', name: '演示数据' };
  if (closes || sentBack || rectified)
    step('rectify', 'OPEN', 'RECTIFIED', rectifyAt, reviewReasons.rectify, finding.by, 'enterpriseUser');
  if (closes) step('close', 'RECTIFIED', 'CLOSED', reviewAt, reviewReasons.close, officer, 'townOfficer');
  if (sentBack) step('reject', 'RECTIFIED', 'OPEN', reviewAt, reviewReasons.reject, officer, 'townOfficer');
  const status = history.at(-1)?.to ?? 'OPEN';
  return {
    hazardId: hazardIdOfScan(finding.scanId),
    enterpriseId: enterprise.id,
    districtId: enterprise.districtId,
    townId: enterprise.townId,
    ...(enterprise.gridId ? { gridId: enterprise.gridId } : {}),
    source: 'scan',
    level,
    ...(major
      ? { majorCategory: categoryOfFamily[family] ?? 'general', rectificationPlan: reviewReasons.plan }
      : {}),
    description: finding.description,
    riskPointId: point.riskPointId,
    riskPointName: point.name,
    scanId: finding.scanId,
    status,
    deadline: deadlineOf(new Date(finding.at), level, deadlineDays()),
    photoIds: [],
    ...(history.length > 1
      ? {
          rectification: {
            description: reviewReasons.rectify,
            photoIds: [],
            at: iso(rectifyAt),
            by: finding.by.userId,
          },
        }
      : {}),
    ...(sentBack ? { rejectReason: reviewReasons.reject } : {}),
    ...(closes ? { closedAt: iso(reviewAt) } : {}),
    history,
    createdBy: finding.by.userId,
    createdByName: finding.by.name,
    createdAt: iso(finding.at),
    updatedAt: history.at(-1)?.at ?? iso(finding.at),
    version: history.length,
  };
}
