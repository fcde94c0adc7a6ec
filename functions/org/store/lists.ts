import { grid } from '#functions/org/store/entities/grid';
import { town } from '#functions/org/store/entities/town';
import { findGrid, findTown, type Grid, gridView, type Town, townView } from '#functions/org/store/views';
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
  // One's own town is one record, not a range of the sort key (`townid_T` would also take `townid_T2`).
  if (townId) {
    const own = await findTown(townId);
    return fixedPage(request, own && own.districtId === districtId ? [townView(own)] : []);
  }
  const query = town.query.byCity(districtId ? { districtId } : {});
  return readPage({ table: mainTable, query }, { ...request, order: 'asc' }, townView);
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
  // A grid member's own grid is one record (`gridid_G` as a sort-key prefix would also take `gridid_G2`).
  if (gridId) {
    const own = await findGrid(gridId);
    const fits = own && own.townId === townId && own.districtId === districtId;
    return fixedPage(request, fits ? [gridView(own)] : []);
  }
  const query = grid.query.byCity(districtId ? (townId ? { districtId, townId } : { districtId }) : {});
  return readPage({ table: mainTable, query }, { ...request, order: 'asc' }, gridView);
}
