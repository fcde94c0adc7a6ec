import type { LocalStack } from '#infra/local/stack';
import { validEnterprise } from '#tests/fixtures/enterprises';
import type { KnownRow, Ownership, Place, Targets } from './world';
import { post, uniqueName } from './world';

type Headers = Record<string, string>;

/**
 * grid-coverage: an active enterprise outside the grid in the same district's town B and in 溧阳市 (the world
 * already has one in town A), and a finished bulk assignment in each target place, each made by the city admin
 * and selecting (by its unique name) only an enterprise made for it, so that no world enterprise changes grid.
 */
export interface GridCoverageWorld {
  gridAssignments: Targets;
  outsideRows: KnownRow[];
}

/** An enterprise outside the grid in `place`, named uniquely (a bulk assignment selects it by that name). */
export async function freshOutsideEnterprise(stack: LocalStack, city: Headers, place: Place) {
  const name = uniqueName('网格外企业');
  const body = { ...validEnterprise({ ...place, gridId: null }), name: `${name}有限公司` };
  return { id: (await post(stack, city, '/api/enterprises', body)).id, q: name };
}

/** A bulk-assignment body for `place` that selects one fresh outside enterprise there, made now. */
export async function assignmentBody(stack: LocalStack, city: Headers, place: Place) {
  const { q } = await freshOutsideEnterprise(stack, city, place);
  return { townId: place.townId, gridId: place.gridId, q };
}

export async function gridCoverageOf(
  stack: LocalStack,
  city: Headers,
  places: Record<Ownership, Place>,
  /** The world's own outside enterprise (town A). */
  outsideOwn: KnownRow,
): Promise<GridCoverageWorld> {
  const outsideRows: KnownRow[] = [outsideOwn];
  for (const ownership of ['sameDistrict', 'otherDistrict'] as const) {
    const { districtId, townId } = places[ownership];
    const { id } = await freshOutsideEnterprise(stack, city, places[ownership]);
    outsideRows.push({ id, place: { districtId, townId, enterpriseId: id } });
  }
  const gridAssignments = {} as Targets;
  for (const ownership of ['own', 'sameDistrict', 'otherDistrict'] as const)
    gridAssignments[ownership] = (
      await post(stack, city, '/api/grid-assignments', await assignmentBody(stack, city, places[ownership]))
    ).id;
  await stack.whenIdle();
  return { gridAssignments, outsideRows };
}
