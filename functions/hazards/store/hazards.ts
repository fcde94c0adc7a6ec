import { enterprisePlacement } from '#functions/enterprises/index';
import { deadlineOf } from '#functions/hazards/domain/deadline';
import { applyStep, type HistoryEntry, refusalOf } from '#functions/hazards/domain/transitions';
import type { HazardCreate, HazardDetail, Rectification, Review } from '#functions/hazards/schemas';
import { deadlineDays } from '#functions/hazards/store/config';
import { type HazardItem, hazard } from '#functions/hazards/store/entities/hazard';
import { hazardAudit, historyOf, placementOf, toHazard } from '#functions/hazards/store/records';
import { photoViews, usablePhotos } from '#functions/photos/index';
import type { AuditRecord } from '#functions/platform/audit/record';
import { isConditionFailure } from '#functions/platform/conditions';
import { ConflictError, NotFoundError } from '#functions/platform/errors';
import { newId } from '#functions/platform/ids';
import type { Principal } from '#functions/platform/principal';
import { inScope } from '#functions/platform/scope';

type Written = { item: HazardItem; audit: AuditRecord };

/** The hazard if `principal` may see it; a missing or out-of-scope one is the same 404 (DOMAIN.md). */
export async function visibleHazard(principal: Principal, id: string): Promise<HazardItem> {
  const { data } = await hazard.get({ hazardId: id }).go({ consistent: true });
  if (!data || !inScope(principal, placementOf(data)))
    throw new NotFoundError('隐患不存在或不在您的管辖范围内');
  return data;
}

/** A supervisor's finding at an enterprise in its scope (source `supervisor`), deadline by level. */
export async function createHazard(principal: Principal, input: HazardCreate, now: Date): Promise<Written> {
  const place = await enterprisePlacement(input.enterpriseId);
  if (!place || !inScope(principal, { ...place, enterpriseId: input.enterpriseId }))
    throw new NotFoundError('企业不存在或不在您的管辖范围内');
  if (input.photoIds.length > 0)
    await usablePhotos({
      photoIds: input.photoIds,
      enterpriseId: input.enterpriseId,
      uploadedBy: principal.userId,
      kinds: ['hazard'],
      fieldPath: 'body.photoIds',
    });
  const at = now.toISOString();
  const item: HazardItem = {
    hazardId: newId(now),
    enterpriseId: input.enterpriseId,
    ...place,
    source: 'supervisor',
    level: input.level,
    ...(input.majorCategory ? { majorCategory: input.majorCategory } : {}),
    description: input.description,
    ...(input.rectificationPlan ? { rectificationPlan: input.rectificationPlan } : {}),
    status: 'OPEN',
    deadline: deadlineOf(now, input.level, deadlineDays()),
    photoIds: input.photoIds,
    history: [firstStep(principal, at, input.description, input.photoIds)],
    createdBy: principal.userId,
    createdByName: principal.name,
    createdAt: at,
    updatedAt: at,
    version: 1,
  };
  await hazard.create(item).go({ response: 'none' });
  return { item, audit: hazardAudit('create', null, item) };
}

export function firstStep(
  by: Pick<Principal, 'userId' | 'name' | 'role'>,
  at: string,
  note: string,
  photoIds: string[],
): HistoryEntry {
  return {
    at,
    action: 'create',
    from: null,
    to: 'OPEN',
    by: by.userId,
    byName: by.name,
    role: by.role,
    note,
    photoIds,
  };
}

/** A hazard with its history and the gallery of its finding's and rectification's photos. */
export async function getHazard(principal: Principal, id: string, now: Date): Promise<HazardDetail> {
  const item = await visibleHazard(principal, id);
  const view = toHazard(item, now);
  const rectified = view.rectification?.photoIds ?? [];
  const views = await photoViews(principal, [...view.photoIds, ...rectified]);
  const photos = views.map((photo) => ({
    ...photo,
    purpose: rectified.includes(photo.photoId) ? ('rectification' as const) : ('hazard' as const),
  }));
  return { ...view, history: historyOf(item), photos };
}

/** Replaces the hazard only if nobody moved it since it was read: of two racing writers one wins, one gets 409. */
async function writeStep(before: HazardItem, after: HazardItem, action: 'rectify' | 'close' | 'reject') {
  try {
    await hazard
      .put(after)
      .where((a, op) => op.eq(a.version, before.version))
      .go({ response: 'none' });
  } catch (error) {
    if (!isConditionFailure(error)) throw error;
    throw new ConflictError('HAZARD_CHANGED', '该隐患刚被他人处理，请刷新后查看最新状态');
  }
  return { item: after, audit: hazardAudit(action, before, after) };
}

function stepOf(principal: Principal, at: string, note: string) {
  return { at, by: principal.userId, byName: principal.name, role: principal.role, note };
}

/** OPEN → RECTIFIED by a user of the hazard's enterprise: what was done and ≥ 1 verified rectification photo. */
export async function rectifyHazard(
  principal: Principal,
  id: string,
  input: Rectification,
  now: Date,
): Promise<Written> {
  const before = await visibleHazard(principal, id);
  const at = now.toISOString();
  const moved = applyStep(before, {
    action: 'rectify',
    ...stepOf(principal, at, input.description),
    photoIds: input.photoIds,
  });
  if (!moved) throw new ConflictError('HAZARD_STATE', refusalOf(before.status, 'rectify'));
  await usablePhotos({
    photoIds: input.photoIds,
    enterpriseId: before.enterpriseId,
    uploadedBy: principal.userId,
    kinds: ['rectification'],
    fieldPath: 'body.photoIds',
  });
  const rectification = {
    description: input.description,
    photoIds: input.photoIds,
    at,
    by: principal.userId,
  };
  const { rejectReason: _previous, ...rest } = moved;
  return writeStep(before, { ...rest, rectification, updatedAt: at }, 'rectify');
}

/** RECTIFIED → CLOSED, or back to OPEN with the reason, by a supervisor in scope. */
export async function reviewHazard(
  principal: Principal,
  id: string,
  input: Review,
  now: Date,
): Promise<Written> {
  const before = await visibleHazard(principal, id);
  const at = now.toISOString();
  const moved = applyStep(before, { action: input.decision, ...stepOf(principal, at, input.reason) });
  if (!moved) throw new ConflictError('HAZARD_STATE', refusalOf(before.status, input.decision));
  const after: HazardItem =
    input.decision === 'close'
      ? { ...moved, closedAt: at, updatedAt: at }
      : { ...moved, rejectReason: input.reason, updatedAt: at };
  return writeStep(before, after, input.decision);
}
