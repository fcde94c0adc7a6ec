import type { Role } from '#functions/platform/manifest-types';
import { supervisors } from '#functions/platform/roles';

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
  /** An agency account's agency (中介机构): it sees only its own agency's deductions, score and appeals. */
  agencyId?: string;
  /** An enterprise account flagged as its enterprise's 主要负责人 (present only then): scans record it. */
  enterprisePrincipal?: true;
}

export function isSupervisor(principal: Principal): boolean {
  return supervisors.includes(principal.role);
}
