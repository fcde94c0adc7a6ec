import type { Role } from './manifest-types';

/** Role sets the manifests grant routes to (DOMAIN.md, "Roles and scopes"). */
export const everyone: readonly Role[] = [
  'cityAdmin',
  'districtAdmin',
  'townOfficer',
  'gridMember',
  'enterpriseUser',
];
/** Every signed-in account, an agency user's too: its own session and password. */
export const everyAccount: readonly Role[] = [...everyone, 'agencyUser'];
export const supervisorRoles = ['cityAdmin', 'districtAdmin', 'townOfficer', 'gridMember'] as const;
export type SupervisorRole = (typeof supervisorRoles)[number];
export const supervisors: readonly Role[] = supervisorRoles;
export const managers: readonly Role[] = ['cityAdmin', 'districtAdmin'];
