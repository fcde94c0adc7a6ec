import type { PatrolCreate, PatrolListQuery, PatrolPlanUpdate } from '#functions/patrols/schemas';
import { dueList } from '#functions/patrols/store/due';
import { listPatrols, showPatrol } from '#functions/patrols/store/list';
import { patrolView } from '#functions/patrols/store/patrols';
import { listPlans, setPlan } from '#functions/patrols/store/plan';
import { type RequestMeta, recordPatrol } from '#functions/patrols/store/record';
import { photoViews } from '#functions/photos/index';
import { NotFoundError } from '#functions/platform/errors';
import type { Principal } from '#functions/platform/principal';
import { page, written } from '#functions/platform/respond';

/** POST /api/patrols: 201 the first time; a retry (same clientId) answers the first record with 200. */
export async function createRoute(principal: Principal, body: PatrolCreate, now: Date, meta: RequestMeta) {
  const { patrol, replayed } = await recordPatrol(principal, body, now, meta);
  const photoIds = [...patrol.photoIds, ...patrol.hazards.flatMap((hazard) => hazard.photoIds)];
  const view = { ...patrolView(patrol), photos: await photoViews(principal, photoIds) };
  const audit = {
    action: 'create' as const,
    entity: 'patrol' as const,
    entityId: patrol.patrolId,
    districtId: patrol.districtId,
    after: {
      enterpriseId: patrol.enterpriseId,
      formVersion: patrol.formVersion,
      failedItemIds: patrol.failedItemIds,
      hazardIds: patrol.hazardIds,
    },
    summary: replayed ? `重复提交巡查 ${patrol.enterpriseName}（未新增）` : `巡查 ${patrol.enterpriseName}`,
  };
  return replayed ? written(view, audit) : { status: 201 as const, body: view, audit };
}

/** GET /api/patrols: the caller's patrols (scope-restricted), newest first, one index key range a page. */
export async function listRoute(principal: Principal, query: PatrolListQuery, now: Date) {
  const { limit, cursor, ...filter } = query;
  const { data, nextCursor } = await listPatrols(principal, filter, { limit, cursor }, now);
  return page(data, nextCursor);
}

/** GET /api/patrols/{id}: one patrol with its photo links; out of the caller's scope 404. */
export const showRoute = async (principal: Principal, patrolId: string) => ({
  status: 200 as const,
  body: await showPatrol(principal, patrolId),
});

/** GET /api/patrols/due: the grid member's enterprises, never patrolled and overdue first. */
export async function dueRoute(
  principal: Principal,
  query: { limit: number; cursor?: string | undefined },
  now: Date,
) {
  const { data, nextCursor } = await dueList(principal, query, now);
  return page(data, nextCursor);
}

/** GET /api/patrol-plans: the frequencies of the districts the caller manages (one page, no cursor). */
export async function plansRoute(principal: Principal) {
  return page(await listPlans(principal), null);
}

/** PUT /api/patrol-plans/{districtId}: the city for any district, a district admin for its own (else 404). */
export async function setPlanRoute(
  principal: Principal,
  districtId: string,
  body: PatrolPlanUpdate,
  now: Date,
) {
  if (principal.role !== 'cityAdmin' && principal.districtId !== districtId)
    throw new NotFoundError('该辖市（区）的巡查计划不存在或无权修改');
  const { before, after } = await setPlan(principal, districtId, body.frequencyDays, now);
  return written(after, {
    action: 'update',
    entity: 'patrolPlan',
    entityId: districtId,
    districtId,
    before: { frequencyDays: before.frequencyDays },
    after: { frequencyDays: after.frequencyDays },
    summary: `巡查周期 ${after.frequencyDays} 天`,
  });
}
