import { createHash, randomUUID } from 'node:crypto';
import type { EntityItem } from 'electrodb';
import { createHazardFromScan } from '#functions/hazards/index';
import { usablePhotos } from '#functions/photos/index';
import { businessDay } from '#functions/platform/clock';
import { isConditionFailure } from '#functions/platform/conditions';
import { ConflictError, DomainError, NotFoundError, ValidationError } from '#functions/platform/errors';
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
import { countScan } from '#functions/scans/store/counters';
import { scan } from '#functions/scans/store/entities/scan';
import { deleteMarker, newMarker, putMarker, type ScanMarker } from '#functions/scans/store/markers';

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

/** The point behind the token and the photos, read at once; every refusal comes before the first write. */
async function readInputs(principal: Principal, input: ScanCreate): Promise<ScanTarget> {
  const photos = input.photoIds.length
    ? usablePhotos({
        photoIds: input.photoIds,
        enterpriseId: principal.enterpriseId ?? '',
        uploadedBy: principal.userId,
        kinds: ['scan', 'hazard'],
        fieldPath: 'body.photoIds',
      })
    : Promise.resolve([]);
  const [target, checked] = await Promise.allSettled([scanTargetByToken(input.token), photos]);
  const point = scannable(principal, settled(target));
  settled(checked);
  return point;
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

/** The checks; a refused retry of a scan already recorded (its point retired since, its code re-issued) answers it. */
async function checked(principal: Principal, scanId: string, input: ScanCreate) {
  try {
    const point = await readInputs(principal, input);
    return { point, hazard: checkScan(point, input) };
  } catch (error) {
    const first = error instanceof DomainError ? await findScan(scanId) : undefined;
    if (first) return { replay: first };
    throw error;
  }
}

function scanItemOf(
  base: Pick<ScanItem, 'scanId' | 'userId' | 'userName' | 'principal' | 'scannedAt'>,
  point: ScanTarget,
  input: ScanCreate,
  now: Date,
  hazardId?: string,
): ScanItem {
  const texts = new Map(point.checklist.map((item) => [item.itemId, item.text]));
  return {
    ...base,
    clientScanId: input.clientScanId,
    riskPointId: point.riskPointId,
    riskPointName: point.name,
    level: point.level,
    className: point.className,
    location: point.location,
    enterpriseId: point.enterpriseId,
    districtId: point.districtId,
    townId: point.townId,
    ...(point.gridId ? { gridId: point.gridId } : {}),
    enterpriseName: point.enterpriseName,
    day: businessDay(now),
    dueAt: point.nextDueAt,
    late: isLate(now, point.nextDueAt),
    result: hazardId ? 'hazard' : 'normal',
    answers: input.answers.map((answer) => ({ ...answer, text: texts.get(answer.itemId) ?? '' })),
    photoIds: input.photoIds,
    ...(hazardId ? { hazardId } : {}),
  };
}

/** Test seams: a throw is a crash there: after the scan put (point and counter not done), after the counter. */
export interface ScanSeams {
  beforeCount?: () => void | Promise<void>;
  beforeUnmark?: () => void | Promise<void>;
}

/** A retry that lost the put: the first scan answers; its point is moved (a no-op unless the first died before). */
async function replayOf(scanId: string, marker: ScanMarker, point: ScanTarget) {
  const first = await findScan(scanId);
  if (!first) throw new Error(`scan ${scanId}: the conditional put failed but no scan is stored`);
  const { riskPointId, scannedAt } = first;
  // The point as the token lookup read it tells whether the first request got as far as moving it.
  const behind = !point.lastScanAt || point.lastScanAt < scannedAt;
  await Promise.all([
    behind ? advanceRiskPointScan({ riskPointId, scannedAt, cycleDays: point.cycleDays }) : undefined,
    deleteMarker(marker),
  ]);
  return { scan: scanView(first), replayed: true };
}

/**
 * Records a scan once per (user, clientScanId): a retry answers the recorded scan. Every check comes before the
 * first write. Then: a marker ("maybe uncounted") and the hazard (deterministic by scan id); the scan, a
 * conditional put that decides first vs retry; the point moved forward only and the quarter counter; the
 * marker deleted. A crash after the marker is finished by the phone's retry (point) or the repair (counter).
 */
export async function recordScan(
  principal: Principal,
  input: ScanCreate,
  now: Date,
  seams: ScanSeams = {},
): Promise<{ scan: Scan; replayed: boolean }> {
  const scanId = scanIdFor(principal.userId, input.clientScanId);
  const read = await checked(principal, scanId, input);
  if (read.replay) return { scan: scanView(read.replay), replayed: true };
  const { point, hazard } = read;
  const scannedAt = now.toISOString();
  const marker = newMarker(scanId, point.enterpriseId, now, randomUUID());
  const [created] = await Promise.all([
    hazard
      ? createHazardFromScan({
          scanId,
          riskPointId: point.riskPointId,
          riskPointName: point.name,
          enterpriseId: point.enterpriseId,
          districtId: point.districtId,
          townId: point.townId,
          ...(point.gridId ? { gridId: point.gridId } : {}),
          description: input.hazard?.description ?? failedItemsDescription(point.checklist, input.answers),
          level: input.hazard?.level ?? 'general',
          ...(input.hazard?.majorCategory ? { majorCategory: input.hazard.majorCategory } : {}),
          photoIds: input.photoIds,
          createdBy: principal.userId,
          at: scannedAt,
        })
      : undefined,
    putMarker(marker),
  ]);
  const base = { scanId, userId: principal.userId, userName: principal.name, scannedAt };
  const item = scanItemOf(
    { ...base, principal: principal.enterprisePrincipal === true },
    point,
    input,
    now,
    created?.hazardId,
  );
  try {
    await scan.create(item).go({ response: 'none' });
  } catch (error) {
    if (!isConditionFailure(error)) throw error;
    return replayOf(scanId, marker, point);
  }
  await seams.beforeCount?.();
  await Promise.all([
    advanceRiskPointScan({ riskPointId: point.riskPointId, scannedAt, cycleDays: point.cycleDays }),
    countScan(item, now),
  ]);
  await seams.beforeUnmark?.();
  await deleteMarker(marker);
  return { scan: scanView(item), replayed: false };
}
