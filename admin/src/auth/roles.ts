import type { Role } from '#functions/platform/manifest-types';

/** Role names as the bureau says them (DOMAIN.md, "Roles and scopes"); zh.ts uses them as `app.roles.*`. */
export const roleLabels: Readonly<Record<Role, string>> = {
  cityAdmin: '市局管理员',
  districtAdmin: '辖区管理员',
  townOfficer: '镇（街道）监管员',
  gridMember: '网格员',
  enterpriseUser: '企业用户',
  agencyUser: '中介机构用户',
};

export const roleList = Object.keys(roleLabels) as Role[];

/** Which scope fields a role's account carries: a grid member needs its district, town and grid. */
export const scopeFieldsOf: Readonly<
  Record<Role, readonly ('districtId' | 'townId' | 'gridId' | 'enterpriseId' | 'agencyId')[]>
> = {
  cityAdmin: [],
  districtAdmin: ['districtId'],
  townOfficer: ['districtId', 'townId'],
  gridMember: ['districtId', 'townId', 'gridId'],
  enterpriseUser: ['enterpriseId'],
  agencyUser: ['agencyId'],
};
