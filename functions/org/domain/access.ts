import type { Principal } from '#functions/platform/principal';
import { inScope } from '#functions/platform/scope';

/**
 * Who sees and who changes towns and grids. Reading: the city admin all; a district admin its district; a town
 * officer its town and the town's grids; a grid member its grid and the town the grid lies in. Changing: the
 * city admin anywhere, a district admin in its own district; nobody else.
 */
export function canManageIn(principal: Principal, districtId: string): boolean {
  if (principal.role === 'cityAdmin') return true;
  return principal.role === 'districtAdmin' && principal.districtId === districtId;
}

export function canReadTown(principal: Principal, town: { districtId: string; townId: string }): boolean {
  if (inScope(principal, town)) return true;
  return principal.role === 'gridMember' && !!principal.townId && principal.townId === town.townId;
}

export function canReadGrid(
  principal: Principal,
  grid: { districtId: string; townId: string; gridId: string },
): boolean {
  return inScope(principal, grid);
}
