import { enterprise } from '#functions/enterprises/store/entities/enterprise';
import { sleep } from '#functions/platform/concurrency';

/** Who at an enterprise receives its reminders: the safety contact's phone, else the principal's. */
export interface ReminderContact {
  enterpriseId: string;
  name: string;
  /** The person the phone belongs to, when the record names one. */
  person?: string;
  phone?: string;
}

const MAX_ROUNDS = 8;

/**
 * The reminder contacts of these enterprises, by id: batched gets (100 keys each, ElectroDB splits them) of only
 * name and contacts, unprocessed keys tried again with a growing pause. Ids that no longer exist are absent.
 */
export async function reminderContacts(
  enterpriseIds: Iterable<string>,
): Promise<Map<string, ReminderContact>> {
  let pending = [...new Set(enterpriseIds)].map((id) => ({ id }));
  const found = new Map<string, ReminderContact>();
  for (let round = 0; pending.length > 0; round += 1) {
    if (round === MAX_ROUNDS) throw new Error(`enterprise contacts unprocessed after ${MAX_ROUNDS} rounds`);
    if (round > 0) await sleep(Math.min(50 * 2 ** round, 2000));
    const { data, unprocessed } = await enterprise
      .get(pending)
      .go({ concurrent: 4, attributes: ['id', 'name', 'principal', 'safetyContact'] });
    for (const row of data) {
      const chosen = row.safetyContact?.phone ? row.safetyContact : row.principal;
      found.set(row.id, {
        enterpriseId: row.id,
        name: row.name,
        ...(chosen?.name ? { person: chosen.name } : {}),
        ...(chosen?.phone ? { phone: chosen.phone } : {}),
      });
    }
    pending = unprocessed as { id: string }[];
  }
  return found;
}
