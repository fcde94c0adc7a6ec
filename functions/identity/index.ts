/**
 * What other capabilities may use of identity: the middleware that verifies every protected request's caller.
 * Everything else in this folder is identity's own.
 */
export { authenticate } from '#functions/identity/authenticate';
/** For the stats job: every account, role and placement only. */
export { type AccountCensusRow, listAccountCensus } from '#functions/identity/store/census';
export { gridHasMembers, townHasUsers } from '#functions/identity/store/presence';
export type { TownOfficerContact } from '#functions/identity/store/town-officers';

/**
 * The account's principal as it is now, or undefined when it is gone or disabled: workers that act later for a
 * stored requester (enterprise import and export) check it before they act. Loads the user store on first use.
 */
export async function currentPrincipalOf(
  userId: string,
): Promise<import('#functions/platform/principal').Principal | undefined> {
  const { findUserById, principalOf } = await import('#functions/identity/store/users');
  const record = await findUserById(userId);
  return record && !record.disabled ? principalOf(record) : undefined;
}

/**
 * Whether the account is an enabled enterprise account flagged as its enterprise's principal (主要负责人): scans
 * record it, because a principal's own scans count for participation (DOMAIN.md).
 */
export async function isEnterprisePrincipal(userId: string): Promise<boolean> {
  const { findUserById } = await import('#functions/identity/store/users');
  const record = await findUserById(userId);
  return !!record && !record.disabled && record.role === 'enterpriseUser' && record.isPrincipal;
}

/** For the reminders job: the enabled town officers of a town that have a phone (a key condition). */
export async function townOfficerContacts(
  townId: string,
): Promise<import('#functions/identity/store/town-officers').TownOfficerContact[]> {
  const { townOfficerContacts: read } = await import('#functions/identity/store/town-officers');
  return read(townId);
}
