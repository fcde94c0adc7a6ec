import { enterpriseCard } from '#functions/enterprises/index';
import { createHazardFromFinding, hazardIdOfFinding } from '#functions/hazards/index';
import { answerErrors, failedItemIdsOf, hazardCategoryOf } from '#functions/patrols/domain/answers';
import { formVersionLabel } from '#functions/patrols/domain/forms';
import type { PatrolCreate } from '#functions/patrols/schemas';
import { patrol, patrolGridEntry } from '#functions/patrols/store/entities/patrol';
import { patrolMark } from '#functions/patrols/store/entities/plan';
import { formAt } from '#functions/patrols/store/forms';
import { findPatrol, type PatrolItem, patrolIdFor } from '#functions/patrols/store/patrols';
import { usablePhotos } from '#functions/photos/index';
import { businessDay } from '#functions/platform/clock';
import { isConditionFailure } from '#functions/platform/conditions';
import { NotFoundError, ValidationError } from '#functions/platform/errors';
import type { Principal } from '#functions/platform/principal';
import { overduePointsOfEnterprise } from '#functions/risk-points/index';

/** Where the request came from, for the hazards' audit entries. */
export interface RequestMeta {
  routeKey: string;
  requestId: string;
}

/** Test seam: a throw there is a crash after the patrol put (hazards not yet created). */
export interface PatrolSeams {
  beforeHazards?: () => void | Promise<void>;
}

export const OUTSIDE_GRID_MESSAGE =
  '该企业不在您负责的网格内，不能巡查：请在"我的巡查"中选择本网格企业；如企业所属网格有误，请联系镇（街道）调整';

/** The enterprise, if it lies in the caller's grid; else 404 (nothing written, existence not told). */
async function patrollable(principal: Principal, enterpriseId: string) {
  const card = await enterpriseCard(enterpriseId);
  if (
    !card ||
    !principal.gridId ||
    card.gridId !== principal.gridId ||
    card.districtId !== principal.districtId
  )
    throw new NotFoundError(OUTSIDE_GRID_MESSAGE);
  return { ...card, gridId: principal.gridId };
}

/** Every check and read before the first write: the enterprise, the form version, the answers, the photos. */
async function readInputs(principal: Principal, input: PatrolCreate, now: Date) {
  const enterprise = await patrollable(principal, input.enterpriseId);
  const items = await formAt(enterprise.districtId, input.cityVersion, input.districtVersion);
  const errors = answerErrors(items, input.answers, input.hazards);
  if (errors.length > 0) throw new ValidationError(errors, errors[0]?.message);
  const photoIds = [...input.photoIds, ...input.hazards.flatMap((hazard) => hazard.photoIds)];
  const [, overdue] = await Promise.all([
    photoIds.length === 0
      ? Promise.resolve([])
      : usablePhotos({
          photoIds,
          enterpriseId: input.enterpriseId,
          uploadedBy: principal.userId,
          kinds: ['patrol', 'hazard'],
          fieldPath: 'body.photoIds',
        }),
    overduePointsOfEnterprise(input.enterpriseId, now),
  ]);
  return { enterprise, items, overdue };
}

function itemOf(
  principal: Principal,
  input: PatrolCreate,
  inputs: Awaited<ReturnType<typeof readInputs>>,
  now: Date,
): PatrolItem {
  const { enterprise, items, overdue } = inputs;
  const patrolId = patrolIdFor(principal.userId, input.clientId);
  const hazards = input.hazards.map((hazard, index) => ({
    hazardId: hazardIdOfFinding('patrol', `${patrolId}:${index + 1}`),
    description: hazard.description,
    level: hazard.level,
    category: hazardCategoryOf(hazard),
    ...(hazard.majorCategory ? { majorCategory: hazard.majorCategory } : {}),
    // A hazard without photos of its own carries the patrol's: the phone takes one set of 现场照片.
    photoIds: hazard.photoIds.length > 0 ? hazard.photoIds : input.photoIds,
  }));
  return {
    patrolId,
    clientId: input.clientId,
    enterpriseId: input.enterpriseId,
    enterpriseName: enterprise.name,
    districtId: enterprise.districtId,
    townId: enterprise.townId,
    gridId: enterprise.gridId,
    day: businessDay(now),
    at: now.toISOString(),
    patrolledBy: principal.userId,
    patrolledByName: principal.name,
    formVersion: formVersionLabel(input.cityVersion, enterprise.districtId, input.districtVersion),
    cityVersion: input.cityVersion,
    districtVersion: input.districtVersion,
    items,
    answers: input.answers.map(({ itemId, answer, note }) => ({ itemId, answer, ...(note ? { note } : {}) })),
    failedItemIds: failedItemIdsOf(items, input.answers),
    hazardIds: hazards.map(({ hazardId }) => hazardId),
    // one per hazard, in the order of hazardIds: the repeated-findings rule ties each hazard to its category
    hazardCategories: hazards.map(({ category }) => category),
    hazards,
    photoIds: input.photoIds,
    codeChecked: input.codeChecked,
    overdueRiskPoints: overdue.map(({ riskPointId, name }) => ({ riskPointId, name })),
    ...(input.note ? { note: input.note } : {}),
    pending: true,
  };
}

/** Moves the enterprise's last patrol day forward (never back: an older replay leaves a newer mark). */
async function markPatrolled(item: PatrolItem) {
  try {
    await patrolMark
      .upsert({ enterpriseId: item.enterpriseId, lastDay: item.day, lastPatrolId: item.patrolId })
      .where(({ lastDay }, { notExists, lte }) => `${notExists(lastDay)} OR ${lte(lastDay, item.day)}`)
      .go({ response: 'none' });
  } catch (error) {
    if (!isConditionFailure(error)) throw error;
  }
}

/** The steps after the put: hazards (each once, by finding ref), the grid entry, the mark, then the marker. */
async function complete(item: PatrolItem, meta: RequestMeta, seams: PatrolSeams): Promise<PatrolItem> {
  if (!item.pending) return item;
  await seams.beforeHazards?.();
  for (const [index, hazard] of item.hazards.entries()) {
    await createHazardFromFinding({
      source: 'patrol',
      findingRef: `${item.patrolId}:${index + 1}`,
      enterpriseId: item.enterpriseId,
      districtId: item.districtId,
      townId: item.townId,
      gridId: item.gridId,
      description: hazard.description,
      level: hazard.level,
      ...(hazard.majorCategory ? { majorCategory: hazard.majorCategory } : {}),
      category: hazard.category,
      photoIds: hazard.photoIds,
      createdBy: item.patrolledBy,
      at: item.at,
      ...meta,
    });
  }
  const { gridId, day, at, patrolId, enterpriseId, districtId, townId } = item;
  await patrolGridEntry
    .put({ gridId, day, at, patrolId, enterpriseId, districtId, townId })
    .go({ response: 'none' });
  await markPatrolled(item);
  await patrol.patch({ patrolId }).remove(['pending']).go({ response: 'none' });
  const { pending: _pending, ...done } = item;
  return done;
}

/**
 * Records a patrol once per (member, clientId). A retry answers the first record and finishes what a crash
 * left (hazards, grid entry, last-patrol mark), even if the form or the grid changed since. Every refusal
 * (outside the grid, unknown form version, answers not matching the form, unusable photos) comes before the
 * first write.
 */
export async function recordPatrol(
  principal: Principal,
  input: PatrolCreate,
  now: Date,
  meta: RequestMeta,
  seams: PatrolSeams = {},
): Promise<{ patrol: PatrolItem; replayed: boolean }> {
  const patrolId = patrolIdFor(principal.userId, input.clientId);
  const first = await findPatrol(patrolId);
  if (first) return { patrol: await complete(first, meta, seams), replayed: true };
  const item = itemOf(principal, input, await readInputs(principal, input, now), now);
  try {
    await patrol.create(item).go({ response: 'none' });
  } catch (error) {
    if (!isConditionFailure(error)) throw error;
    const twin = await findPatrol(patrolId);
    if (!twin) throw new Error(`patrol ${patrolId}: the conditional put failed but none is stored`);
    return { patrol: await complete(twin, meta, seams), replayed: true };
  }
  return { patrol: await complete(item, meta, seams), replayed: false };
}

/**
 * Writes patrols straight (demo seed, tests): the patrols, their grid entries and each enterprise's newest
 * mark, as batch puts; no checks, no hazards created (a seed patrol carries none).
 */
export async function putPatrolsForSeed(items: PatrolItem[]): Promise<void> {
  if (items.length === 0) return;
  await patrol.put(items.map(({ pending: _pending, ...done }) => done)).go();
  await patrolGridEntry
    .put(
      items.map(({ gridId, day, at, patrolId, enterpriseId, districtId, townId }) => ({
        ...{ gridId, day, at, patrolId, enterpriseId, districtId, townId },
      })),
    )
    .go();
  const newest = new Map<string, PatrolItem>();
  for (const item of items) {
    const seen = newest.get(item.enterpriseId);
    if (!seen || seen.day < item.day) newest.set(item.enterpriseId, item);
  }
  await patrolMark
    .put(
      [...newest.values()].map(({ enterpriseId, day, patrolId }) => ({
        enterpriseId,
        lastDay: day,
        lastPatrolId: patrolId,
      })),
    )
    .go();
}
