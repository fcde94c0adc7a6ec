import { type OrgDirectory, orgDirectory } from '#functions/org/domain/directory';
import { grid } from '#functions/org/store/entities/grid';
import { town } from '#functions/org/store/entities/town';
import { ValidationError } from '#functions/platform/errors';
import type { FieldError } from '#functions/platform/schemas/common';

/** The town must exist in the enterprise's district and the grid, if any, in its town: 400 otherwise. */
export async function assertPlacement(placement: {
  districtId: string;
  townId: string;
  gridId: string | null;
}) {
  const [foundTown, foundGrid] = await Promise.all([
    town.get({ townId: placement.townId }).go(),
    placement.gridId ? grid.get({ gridId: placement.gridId }).go() : null,
  ]);
  const fields: FieldError[] = [];
  if (foundTown.data?.districtId !== placement.districtId)
    fields.push({
      path: 'body.townId',
      message: '镇（街道）不存在或不属于所选辖市（区）',
      code: 'unknown_town',
    });
  if (foundGrid && foundGrid.data?.townId !== placement.townId)
    fields.push({ path: 'body.gridId', message: '网格不存在或不属于所选镇（街道）', code: 'unknown_grid' });
  if (fields.length > 0) throw new ValidationError(fields);
}

/** Names and ids of the towns and grids of one district, or of the city: what spreadsheets need. */
export async function loadOrgDirectory(districtId?: string): Promise<OrgDirectory> {
  const where = districtId ? { districtId } : {};
  const [towns, grids] = await Promise.all([
    town.query.byCity(where).go({ pages: 'all' }),
    grid.query.byCity(where).go({ pages: 'all' }),
  ]);
  return orgDirectory(
    towns.data.map((t) => ({ id: t.townId, districtId: t.districtId, name: t.name })),
    grids.data.map((g) => ({ id: g.gridId, townId: g.townId, name: g.name })),
  );
}
