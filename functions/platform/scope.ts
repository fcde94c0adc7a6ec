import { NotFoundError } from '#functions/platform/errors';
import type { Principal } from '#functions/platform/principal';

/** Where a record sits in the organization; enterprises fill all of it, towns only the district. */
export interface Placement {
  districtId?: string | null;
  townId?: string | null;
  gridId?: string | null;
  enterpriseId?: string | null;
}

/**
 * Whether `principal` may see a record placed at `placement` (DOMAIN.md, "Roles and scopes"). A scope field the
 * record does not have never matches: a town officer does not see a district-level record.
 */
export function inScope(principal: Principal, placement: Placement): boolean {
  switch (principal.role) {
    case 'cityAdmin':
      return true;
    case 'districtAdmin':
      return !!principal.districtId && placement.districtId === principal.districtId;
    case 'townOfficer':
      return !!principal.townId && placement.townId === principal.townId;
    case 'gridMember':
      return !!principal.gridId && placement.gridId === principal.gridId;
    case 'enterpriseUser':
      return !!principal.enterpriseId && placement.enterpriseId === principal.enterpriseId;
  }
}

/** Out-of-scope single records answer 404 so that their existence does not leak. */
export function assertInScope<T extends Placement>(principal: Principal, record: T | null | undefined): T {
  if (!record || !inScope(principal, record)) throw new NotFoundError();
  return record;
}
