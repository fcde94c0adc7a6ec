import type { Role } from './manifest-types';

/**
 * Who is calling, from a verified token. Store functions take it and restrict by scope themselves
 * (ARCHITECTURE.md §5), so a handler cannot forget to.
 */
export interface Principal {
  userId: string;
  username: string;
  name: string;
  role: Role;
  districtId?: string;
  townId?: string;
  gridId?: string;
  enterpriseId?: string;
}

export const supervisorRoles: readonly Role[] = ['cityAdmin', 'districtAdmin', 'townOfficer', 'gridMember'];

export function isSupervisor(principal: Principal): boolean {
  return supervisorRoles.includes(principal.role);
}
