import { user } from '#functions/identity/store/entities/user';
import type { Role } from '#functions/platform/manifest-types';

/** An account as the dashboard counts it: its role, placement and whether it is disabled. */
export interface AccountCensusRow {
  role: Role;
  districtId?: string;
  townId?: string;
  gridId?: string;
  enterpriseId?: string;
  disabled: boolean;
}

/**
 * Every account with its role and placement: one walk of the `byCity` partition (gsi1 `users`), only those
 * attributes read (a projection, so no password hash leaves the table), for the stats job.
 */
export async function listAccountCensus(): Promise<AccountCensusRow[]> {
  const { data } = await user.query
    .byCity({})
    .go({ pages: 'all', attributes: ['role', 'districtId', 'townId', 'gridId', 'enterpriseId', 'disabled'] });
  return data.map(({ role, districtId, townId, gridId, enterpriseId, disabled }) => ({
    role,
    ...(districtId ? { districtId } : {}),
    ...(townId ? { townId } : {}),
    ...(gridId ? { gridId } : {}),
    ...(enterpriseId ? { enterpriseId } : {}),
    disabled: disabled === true,
  }));
}
