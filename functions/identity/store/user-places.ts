import { manageableRoles } from '#functions/identity/domain/roles';
import { townPlace } from '#functions/org/index';
import type { Role } from '#functions/platform/manifest-types';
import type { Principal } from '#functions/platform/principal';
import { listScope, scopedFilter } from '#functions/platform/scope';

export interface UserFilter {
  role?: Role | undefined;
  districtId?: string | undefined;
  townId?: string | undefined;
  disabled?: boolean | undefined;
  q?: string | undefined;
}

/** The order the list shows roles in: the sort key's (role, then id), newest first. */
const roleOrder: readonly Role[] = [
  'townOfficer',
  'gridMember',
  'enterpriseUser',
  'agencyUser',
  'districtAdmin',
  'cityAdmin',
];
/** The roles whose accounts each partition holds: a town's carry a town, a district's a district. */
export const rolesIn = {
  city: roleOrder,
  district: roleOrder.filter((role) => role !== 'cityAdmin' && role !== 'agencyUser'),
  town: ['townOfficer', 'gridMember'] as readonly Role[],
};

/** What a user list reads: its partition level and key, and the roles the caller may see there. */
export interface UserListPlace {
  level: keyof typeof rolesIn;
  districtId?: string;
  townId?: string;
  roles: readonly Role[];
}

/**
 * Where a user list reads, or null for an empty page: the caller's scope and managed roles applied to the
 * filter, a named town checked to lie in the named (or the caller's) district.
 */
export async function placeUserList(principal: Principal, filter: UserFilter): Promise<UserListPlace | null> {
  const managed = manageableRoles(principal);
  const scoped = scopedFilter(listScope(principal), filter, [
    'districtId',
    'townId',
    'gridId',
    'enterpriseId',
  ]);
  if (!scoped || managed.length === 0 || (filter.role && !managed.includes(filter.role))) return null;
  const visible = (level: UserListPlace['level']) =>
    rolesIn[level].filter((role) => managed.includes(role) && (!filter.role || role === filter.role));
  if (filter.townId) {
    const town = await townPlace(filter.townId);
    if (!town || (scoped.districtId !== undefined && town.districtId !== scoped.districtId)) return null;
    return { level: 'town', townId: town.townId, districtId: town.districtId, roles: visible('town') };
  }
  if (scoped.districtId)
    return { level: 'district', districtId: scoped.districtId, roles: visible('district') };
  return { level: 'city', roles: visible('city') };
}
