import { enterprise } from '#functions/enterprises/store/entities/enterprise';
import { sleep } from '#functions/platform/concurrency';

/** An enterprise's principal (主要负责人): whom the dust ladder's urge and verification SMS go to. */
export interface PrincipalContact {
  enterpriseId: string;
  enterpriseName: string;
  name?: string;
  phone?: string;
}

const MAX_ROUNDS = 8;

/**
 * The principals of these enterprises, by id: batched gets of only name and principal (ElectroDB splits them in
 * 100s), unprocessed keys tried again with a growing pause. Ids that no longer exist are absent.
 */
export async function principalContacts(
  enterpriseIds: Iterable<string>,
): Promise<Map<string, PrincipalContact>> {
  let pending = [...new Set(enterpriseIds)].map((id) => ({ id }));
  const found = new Map<string, PrincipalContact>();
  for (let round = 0; pending.length > 0; round += 1) {
    if (round === MAX_ROUNDS) throw new Error(`enterprise principals unprocessed after ${MAX_ROUNDS} rounds`);
    if (round > 0) await sleep(Math.min(50 * 2 ** round, 2000));
    const { data, unprocessed } = await enterprise
      .get(pending)
      .go({ concurrent: 4, attributes: ['id', 'name', 'principal'] });
    for (const row of data)
      found.set(row.id, {
        enterpriseId: row.id,
        enterpriseName: row.name,
        ...(row.principal?.name ? { name: row.principal.name } : {}),
        ...(row.principal?.phone ? { phone: row.principal.phone } : {}),
      });
    pending = unprocessed as { id: string }[];
  }
  return found;
}
