import type { LocalStack } from '#infra/local/stack';
import { callApi } from '#tests/fixtures/local-stack';
import type { KnownRow, Ownership, Place, Targets } from './world';
import { ownerships, uniqueName } from './world';

type Headers = Record<string, string>;
type Placed = { districtId: string; townId: string; gridId?: string | undefined; enterpriseId: string };

/**
 * patrols: one patrol of each target enterprise and of the world's other in-grid enterprises (the leak bait:
 * grid A's second enterprise, grid A2's), written straight through the store as the seed does. The outside-grid
 * enterprise has none (a patrol is always of a grid's enterprise).
 */
export interface PatrolWorld {
  patrols: Targets;
  patrolRows: KnownRow[];
}

/** A patrol of the enterprise at `place`, today, put straight (no form check, no hazards). Its id. */
export async function patrolIn(place: Placed & { gridId: string }): Promise<string> {
  const { putPatrolsForSeed } = await import('#functions/patrols/store/record');
  const { businessDay } = await import('#functions/platform/clock');
  const patrolId = uniqueName('access-patrol-').replace(/[^A-Za-z0-9_-]/g, '-');
  const at = new Date();
  await putPatrolsForSeed([
    {
      patrolId,
      clientId: patrolId,
      ...place,
      enterpriseName: '矩阵巡查企业',
      day: businessDay(at),
      at: at.toISOString(),
      patrolledBy: 'access-member',
      patrolledByName: '矩阵网格员',
      formVersion: `c1+${place.districtId}0`,
      cityVersion: 1,
      districtVersion: 0,
      items: [{ itemId: 'c01', text: '安全生产责任制已落实', origin: 'city' }],
      answers: [{ itemId: 'c01', answer: 'pass' }],
      failedItemIds: [],
      hazardIds: [],
      hazardCategories: [],
      hazards: [],
      photoIds: [],
      codeChecked: true,
      overdueRiskPoints: [],
    },
  ]);
  return patrolId;
}

export async function patrolsOf(
  places: Record<Ownership, Place>,
  enterprises: Targets,
  moreEnterprises: { id: string; place: { districtId: string; townId: string; gridId?: string | null } }[],
): Promise<PatrolWorld> {
  const made = {} as Targets;
  for (const ownership of ownerships)
    made[ownership] = await patrolIn({ ...places[ownership], enterpriseId: enterprises[ownership] });
  const patrolRows: KnownRow[] = [];
  for (const { id, place } of moreEnterprises) {
    if (!place.gridId) continue;
    const placed = {
      districtId: place.districtId,
      townId: place.townId,
      gridId: place.gridId,
      enterpriseId: id,
    };
    patrolRows.push({ id: await patrolIn(placed), place: placed });
  }
  return { patrols: made, patrolRows };
}

/** The effective form of `districtId` as the city reads it: what a valid patrol answers. */
export async function currentFormOf(stack: LocalStack, city: Headers, districtId: string) {
  const answer = await callApi(stack, `/api/patrol-forms/current?districtId=${districtId}`, {
    headers: city,
  });
  if (answer.status !== 200) throw new Error(`setup: form ${answer.status} ${JSON.stringify(answer.body)}`);
  return answer.body as { cityVersion: number; districtVersion: number; items: { itemId: string }[] };
}

/** The newest version of a form (`city` or a district), as the city reads it. */
export async function formVersionOf(stack: LocalStack, city: Headers, formKey: string) {
  const path = formKey === 'city' ? '/api/patrol-forms/city' : `/api/patrol-forms/districts/${formKey}`;
  const answer = await callApi(stack, path, { headers: city });
  return (
    (answer.body as { version: number; items: { itemId: string; text: string }[] }) ?? {
      version: 0,
      items: [],
    }
  );
}
