import type { Role } from '#functions/platform/manifest-types';
import type { Principal } from '#functions/platform/principal';
import { inScope, type Placement, type ScopeField } from '#functions/platform/scope';

/**
 * Who manages which accounts (DOMAIN.md, "Roles and scopes"): the city admin every account; a district admin
 * the town officers, grid members and enterprise users of its own district — never another admin. Agency
 * accounts (中介机构用户) belong to no district (an agency works in several): the city admin alone manages them.
 */
export function manageableRoles(principal: Principal): readonly Role[] {
  switch (principal.role) {
    case 'cityAdmin':
      return ['cityAdmin', 'districtAdmin', 'townOfficer', 'gridMember', 'enterpriseUser', 'agencyUser'];
    case 'districtAdmin':
      return ['townOfficer', 'gridMember', 'enterpriseUser'];
    default:
      return [];
  }
}

/** Whether `principal` may see and change the account `account`; everyone else gets 404 for it. */
export function canManageUser(principal: Principal, account: Placement & { role: Role }): boolean {
  return manageableRoles(principal).includes(account.role) && inScope(principal, account);
}

/** Scope fields each role must carry; the others are dropped. */
export const scopeFieldsOf: Record<Role, readonly ScopeField[]> = {
  cityAdmin: [],
  districtAdmin: ['districtId'],
  townOfficer: ['districtId', 'townId'],
  gridMember: ['districtId', 'townId', 'gridId'],
  enterpriseUser: ['districtId', 'enterpriseId'],
  agencyUser: ['agencyId'],
};

export const roleLabels: Record<Role, string> = {
  cityAdmin: '市局管理员',
  districtAdmin: '辖市（区）管理员',
  townOfficer: '镇（街道）工作人员',
  gridMember: '网格员',
  enterpriseUser: '企业用户',
  agencyUser: '中介机构用户',
};
