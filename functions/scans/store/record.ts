import { createHash } from 'node:crypto';
import type { EntityItem } from 'electrodb';
import { createHazardFromScan } from '#functions/hazards/index';
import { isEnterprisePrincipal } from '#functions/identity/index';
import { usablePhotos } from '#functions/photos/index';
import { businessDay } from '#functions/platform/clock';
import { isConditionFailure } from '#functions/platform/conditions';
import { ConflictError, NotFoundError, ValidationError } from '#functions/platform/errors';
import type { Principal } from '#functions/platform/principal';
import { advanceRiskPointScan, type ScanTarget, scanTargetByToken } from '#functions/risk-points/index';
import {
  answerErrors,
  failedItemsDescription,
  isLate,
  photoReason,
  reportsHazard,
} from '#functions/scans/domain/scan';
import type { Scan, ScanCreate } from '#functions/scans/schemas';
import { scan } from '#functions/scans/store/entities/scan';

export type ScanItem = EntityItem<typeof scan>;

/** The scan id of a user's `clientScanId`: the same retried request always names the same item. */
export const scanIdFor = (userId: string, clientScanId: string) =>
  createHash('sha256').update(`scan\n${userId}\n${clientScanId}`).digest('base64url').slice(0, 26);

export function scanView(item: ScanItem): Scan {
  const { scanId, gridId, hazardId, ...rest } = item;
  return {
    id: scanId,
    ...rest,
    answers: item.answers as Scan['answers'],
    ...(gridId ? { gridId } : {}),
    ...(hazardId ? { hazardId } : {}),
  };
}

export async function findScan(scanId: string): Promise<ScanItem | undefined> {
  const { data } = await scan.get({ scanId }).go({ consistent: true });
  return data ?? undefined;
}

/** The point behind the token, if the caller's enterprise owns it and it is still active; else a clear 4xx. */
function scannable(principal: Principal, target: ScanTarget | undefined): ScanTarget {
  if (!target || target.enterpriseId !== principal.enterpriseId)
    throw new NotFoundError('二维码已失效或不属于本企业：请扫描本企业风险点上张贴的最新二维码');
  if (target.status !== 'active')
    throw new ConflictError('RISK_POINT_RETIRED', '该风险点已停用，无需扫码；如有疑问请联系企业安全管理人员');
  return target;
}

const settled = <T>(result: PromiseSettledResult<T>): T => {
  if (result.status === 'rejected') throw result.reason;
  return result.value;
};

/** Everything a scan checks, read at once: the retried scan, the point, the caller's principal flag, the photos. */
async function readInputs(principal: Principal, scanId: string, input: ScanCreate) {
  const photos = input.photoIds.length
    ? usablePhotos({
        photoIds: input.photoIds,
        enterpriseId: principal.enterpriseId ?? '',
        uploadedBy: principal.userId,
        kinds: ['scan', 'hazard'],
        fieldPath: 'body.photoIds',
      })
    : Promise.resolve([]);
  const [existing, target, isPrincipal, checked] = await Promise.allSettled([
    findScan(scanId),
    scanTargetByToken(input.token),
    isEnterprisePrincipal(principal.userId),
    photos,
  ]);
  const replay = settled(existing);
  if (replay) return { replay };
  const point = scannable(principal, settled(target));
  settled(checked);
  return { point, principal: settled(isPrincipal) };
}

function checkScan(point: ScanTarget, input: ScanCreate): boolean {
  const errors = answerErrors(point.checklist, input.answers);
  const hazard = reportsHazard(input.answers, input.result);
  if (input.result === 'hazard' && !input.hazard)
    errors.push({ path: 'body.hazard.description', message: '请描述发现的隐患', code: 'required' });
  const reason = photoReason(point.checklist, input.answers, hazard);
  if (reason && input.photoIds.length === 0)
    errors.push({ path: 'body.photoIds', message: reason, code: 'required' });
  if (errors.length > 0) throw new ValidationError(errors, errors[0]?.message);
  return hazard;
}

/**
 * Records a scan once per (user, clientScanId): a retry answers the recorded scan and writes nothing. Every
 * check comes before the first write. The writes are each idempotent and the scan item comes last, so a request
 * that died half-way and is retried ends the same: the hazard (deterministic by scan id), the point moved
 * forward only (an older scan never moves it back), then the scan.
 */
export async function recordScan(
  principal: Principal,
  input: ScanCreate,
  now: Date,
): Promise<{ scan: Scan; replayed: boolean }> {
  const scanId = scanIdFor(principal.userId, input.clientScanId);
  const read = await readInputs(principal, scanId, input);
  if (read.replay) return { scan: scanView(read.replay), replayed: true };
  const { point } = read;
  const hazard = checkScan(point, input);
  const scannedAt = now.toISOString();
  const place = { enterpriseId: point.enterpriseId, districtId: point.districtId, townId: point.townId };
  const [created] = await Promise.all([
    hazard
      ? createHazardFromScan({
          scanId,
          riskPointId: point.riskPointId,
          riskPointName: point.name,
          ...place,
          ...(point.gridId ? { gridId: point.gridId } : {}),
          description: input.hazard?.description ?? failedItemsDescription(point.checklist, input.answers),
          level: input.hazard?.level ?? 'general',
          ...(input.hazard?.majorCategory ? { majorCategory: input.hazard.majorCategory } : {}),
          photoIds: input.photoIds,
          createdBy: principal.userId,
          at: scannedAt,
        })
      : undefined,
    advanceRiskPointScan({ riskPointId: point.riskPointId, scannedAt }),
  ]);
  const texts = new Map(point.checklist.map((item) => [item.itemId, item.text]));
  const item: ScanItem = {
    scanId,
    clientScanId: input.clientScanId,
    riskPointId: point.riskPointId,
    riskPointName: point.name,
    level: point.level,
    className: point.className,
    location: point.location,
    ...place,
    ...(point.gridId ? { gridId: point.gridId } : {}),
    enterpriseName: point.enterpriseName,
    userId: principal.userId,
    userName: principal.name,
    principal: read.principal,
    scannedAt,
    day: businessDay(now),
    dueAt: point.nextDueAt,
    late: isLate(now, point.nextDueAt),
    result: hazard ? 'hazard' : 'normal',
    answers: input.answers.map((answer) => ({ ...answer, text: texts.get(answer.itemId) ?? '' })),
    photoIds: input.photoIds,
    ...(created ? { hazardId: created.hazardId } : {}),
  };
  try {
    await scan.create(item).go();
    return { scan: scanView(item), replayed: false };
  } catch (error) {
    if (!isConditionFailure(error)) throw error;
    const first = await findScan(scanId);
    if (!first) throw error;
    return { scan: scanView(first), replayed: true };
  }
}
