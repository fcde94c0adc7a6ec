import type { Role } from '#functions/platform/manifest-types';
import type { Actor, Ownership } from './world';

/** Which targets each role sees, per kind of record (DOMAIN.md, "Roles and scopes"), actors placed in 武进区 town A. */
export type Kind = 'enterprise' | 'town' | 'grid' | 'user' | 'importTask' | 'exportTask' | 'message';

const all: readonly Ownership[] = ['own', 'sameDistrict', 'otherDistrict'];
const district: readonly Ownership[] = ['own', 'sameDistrict'];
const own: readonly Ownership[] = ['own'];

export const visibility: Record<Kind, Partial<Record<Role, readonly Ownership[]>>> = {
  enterprise: {
    cityAdmin: all,
    districtAdmin: district,
    townOfficer: own,
    gridMember: own,
    enterpriseUser: own,
  },
  town: { cityAdmin: all, districtAdmin: district, townOfficer: own, gridMember: own },
  grid: { cityAdmin: all, districtAdmin: district, townOfficer: own, gridMember: own },
  user: { cityAdmin: all, districtAdmin: district },
  // own = a task the actor started; sameDistrict = one the 武进区 admin started; otherDistrict = 溧阳市's admin
  importTask: { cityAdmin: all, districtAdmin: district },
  exportTask: { cityAdmin: all, districtAdmin: district, townOfficer: own, gridMember: own },
  // A message's district decides: own and sameDistrict = 武进区 messages, otherDistrict = 溧阳市's
  message: { cityAdmin: all, districtAdmin: district },
};

/** Creating in another district: a district admin is refused with 403 (the 7 districts are public), or 400 when the place is a body reference. */
export const createElsewhere: Record<string, number> = {
  'POST /api/enterprises': 403,
  'POST /api/towns': 403,
  'POST /api/grids': 400,
  'POST /api/users': 403,
};

export function sees(kind: Kind, actor: Actor, ownership: Ownership): boolean {
  if (actor === 'anonymous') return false;
  return visibility[kind][actor]?.includes(ownership) ?? false;
}
