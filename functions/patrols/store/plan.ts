import type { PatrolPlan } from '#functions/patrols/schemas';
import { patrolPlan } from '#functions/patrols/store/entities/plan';
import { districtIds } from '#functions/platform/districts';
import type { Principal } from '#functions/platform/principal';

/** Default days between two patrols of one enterprise: monthly (DOMAIN: "default monthly"). */
export const DEFAULT_FREQUENCY_DAYS = 30;

type PlanItem = { districtId: string; frequencyDays: number; updatedAt: string; updatedByName: string };

const planView = (districtId: string, item: PlanItem | undefined): PatrolPlan => ({
  id: districtId,
  districtId,
  frequencyDays: item?.frequencyDays ?? DEFAULT_FREQUENCY_DAYS,
  own: !!item,
  ...(item ? { updatedAt: item.updatedAt, updatedByName: item.updatedByName } : {}),
});

/** The district's days between two patrols of one enterprise: its own setting, else the default (monthly). */
export async function patrolFrequencyDays(districtId: string): Promise<number> {
  const { data } = await patrolPlan.get({ districtId }).go({ attributes: ['frequencyDays'] });
  return data?.frequencyDays ?? DEFAULT_FREQUENCY_DAYS;
}

/** The plans the caller manages: the city all 7 districts, a district admin its own (one batch get). */
export async function listPlans(principal: Principal): Promise<PatrolPlan[]> {
  const ids =
    principal.role === 'cityAdmin' ? [...districtIds] : principal.districtId ? [principal.districtId] : [];
  if (ids.length === 0) return [];
  const { data } = await patrolPlan.get(ids.map((districtId) => ({ districtId }))).go();
  const byId = new Map((data as PlanItem[]).map((item) => [item.districtId, item]));
  return ids.map((districtId) => planView(districtId, byId.get(districtId)));
}

/** The district's plan as the API shows it (`own: false` while the default applies). */
export async function getPlan(districtId: string): Promise<PatrolPlan> {
  const { data } = await patrolPlan.get({ districtId }).go();
  return planView(districtId, (data as PlanItem | null) ?? undefined);
}

/** Sets the district's frequency (a plain put: the last setting wins, the audit keeps each). */
export async function setPlan(
  principal: Principal,
  districtId: string,
  frequencyDays: number,
  now: Date,
): Promise<{ before: PatrolPlan; after: PatrolPlan }> {
  const before = await getPlan(districtId);
  const item = {
    districtId,
    frequencyDays,
    updatedAt: now.toISOString(),
    updatedBy: principal.userId,
    updatedByName: principal.name,
  };
  await patrolPlan.put(item).go({ response: 'none' });
  return { before, after: planView(districtId, item) };
}
