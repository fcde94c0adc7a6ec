import { grid } from '#functions/org/store/entities/grid';
import { town } from '#functions/org/store/entities/town';
import { findGrid, findTown, type Grid, gridView, type Town, townView } from '#functions/org/store/views';
import { emptyPage, type Page, type PageRequest, readPage } from '#functions/platform/pager';
import type { Principal } from '#functions/platform/principal';

/** Town officers and grid members see their own town; admins their district's or the city's, in order. */
export async function listTowns(
  principal: Principal,
  filter: { districtId?: string | undefined },
  request: PageRequest,
): Promise<Page<Town>> {
  if (principal.role === 'townOfficer' || principal.role === 'gridMember') {
    const own = principal.townId ? await findTown(principal.townId) : undefined;
    const shown = own && (!filter.districtId || filter.districtId === own.districtId) && !request.cursor;
    return shown ? { data: [townView(own)], nextCursor: null } : emptyPage();
  }
  const district = principal.role === 'cityAdmin' ? filter.districtId : principal.districtId;
  const ownDistrict = principal.role === 'districtAdmin' && !!district;
  if (
    principal.role !== 'cityAdmin' &&
    (!ownDistrict || (filter.districtId && filter.districtId !== district))
  )
    return emptyPage();
  const query = town.query.byCity(district ? { districtId: district } : {});
  return readPage((options) => query.go(options), { ...request, order: 'asc' }, townView);
}

/** The district and town a caller's grid list is limited to, or null when the filter leaves its scope. */
async function gridListScope(principal: Principal, filter: { districtId?: string; townId?: string }) {
  const forced =
    principal.role === 'cityAdmin'
      ? {}
      : principal.role === 'districtAdmin'
        ? { districtId: principal.districtId }
        : principal.role === 'townOfficer'
          ? { districtId: principal.districtId, townId: principal.townId }
          : null;
  if (!forced || (principal.role !== 'cityAdmin' && !forced.districtId)) return null;
  if (principal.role === 'townOfficer' && !forced.townId) return null;
  let districtId = forced.districtId ?? filter.districtId;
  const townId = forced.townId ?? filter.townId;
  if (filter.districtId && filter.districtId !== districtId) return null;
  if (filter.townId && filter.townId !== townId) return null;
  if (townId && !districtId) districtId = (await findTown(townId))?.districtId;
  if (townId && !districtId) return null;
  return { districtId, townId };
}

/** City, district or town grids in order; a grid member sees its own grid only. */
export async function listGrids(
  principal: Principal,
  filter: { districtId?: string | undefined; townId?: string | undefined },
  request: PageRequest,
): Promise<Page<Grid>> {
  if (principal.role === 'gridMember') {
    const own = principal.gridId ? await findGrid(principal.gridId) : undefined;
    const matches = own && (!filter.districtId || filter.districtId === own.districtId);
    const shown = matches && (!filter.townId || filter.townId === own.townId) && !request.cursor;
    return shown ? { data: [gridView(own)], nextCursor: null } : emptyPage();
  }
  const scope = await gridListScope(principal, filter as { districtId?: string; townId?: string });
  if (!scope) return emptyPage();
  const { districtId, townId } = scope;
  const query = grid.query.byCity(districtId ? (townId ? { districtId, townId } : { districtId }) : {});
  return readPage((options) => query.go(options), { ...request, order: 'asc' }, gridView);
}
