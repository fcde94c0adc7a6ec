import { grid } from '#functions/org/store/entities/grid';
import { town } from '#functions/org/store/entities/town';
import { findTown, type Grid, gridView, type Town, townView } from '#functions/org/store/views';
import { fixedPage, type Page, type PageRequest, readPage } from '#functions/platform/pager';
import type { Principal } from '#functions/platform/principal';
import { type ListScope, listScope, scopedFilter } from '#functions/platform/scope';
import { mainTable } from '#functions/platform/tables';

/** A grid member reads the town its grid lies in, as a town officer does (see `canReadTown`). */
function townScope(principal: Principal): ListScope {
  const scope = listScope(principal);
  return scope.kind === 'grid' ? { kind: 'town', districtId: scope.districtId, townId: scope.townId } : scope;
}

/** Town officers and grid members see their own town; admins their district's or the city's, in order. */
export async function listTowns(
  principal: Principal,
  filter: { districtId?: string | undefined },
  request: PageRequest,
): Promise<Page<Town>> {
  const scoped = scopedFilter(townScope(principal), filter, ['districtId', 'townId']);
  if (!scoped) return fixedPage(request);
  const { districtId, townId } = scoped;
  const query = town.query.byCity(districtId ? (townId ? { districtId, townId } : { districtId }) : {});
  // The sort key is a prefix: `townid_T` would also take `townid_T2`.
  const exact = townId ? query.where((a, op) => op.eq(a.townId, townId)) : query;
  return readPage(
    { table: mainTable, query: exact },
    { ...request, order: 'asc', filtered: !!townId },
    townView,
  );
}

/** City, district or town grids in order; a grid member sees its own grid only. */
export async function listGrids(
  principal: Principal,
  filter: { districtId?: string | undefined; townId?: string | undefined },
  request: PageRequest,
): Promise<Page<Grid>> {
  const scoped = scopedFilter(listScope(principal), filter, ['districtId', 'townId', 'gridId']);
  if (!scoped) return fixedPage(request);
  const { townId, gridId } = scoped;
  const districtId = scoped.districtId ?? (townId ? (await findTown(townId))?.districtId : undefined);
  if (townId && !districtId) return fixedPage(request);
  const query = grid.query.byCity(districtId ? (townId ? { districtId, townId } : { districtId }) : {});
  // The grid is the last part of the sort key, a prefix: `gridid_G` would also take `gridid_G2`.
  const exact = gridId ? query.where((a, op) => op.eq(a.gridId, gridId)) : query;
  return readPage(
    { table: mainTable, query: exact },
    { ...request, order: 'asc', filtered: !!gridId },
    gridView,
  );
}
