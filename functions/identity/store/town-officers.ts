import { user } from '#functions/identity/store/entities/user';

/** An enabled town officer with a phone: whom the reminders job escalates a town's overdue work to. */
export interface TownOfficerContact {
  userId: string;
  name: string;
  phone: string;
}

/**
 * The enabled town officers of town T that have a phone: one key condition on gsi3 `byTown` (townId, role
 * prefix `townOfficer`), only these attributes read; disabled accounts and accounts without a phone dropped.
 */
export async function townOfficerContacts(townId: string): Promise<TownOfficerContact[]> {
  const { data } = await user.query
    .byTown({ townId, role: 'townOfficer' })
    .go({ pages: 'all', attributes: ['userId', 'name', 'phone', 'disabled', 'role'] });
  return data
    .filter((row) => row.role === 'townOfficer' && !row.disabled && row.phone)
    .map((row) => ({ userId: row.userId, name: row.name, phone: row.phone as string }));
}
