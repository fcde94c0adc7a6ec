import { creditCodeClaim } from '#functions/enterprises/store/entities/credit-code-claim';
import { type EnterpriseItem, enterprise } from '#functions/enterprises/store/entities/enterprise';
import type { enterpriseItem } from '#functions/enterprises/store/records';
import { sleep } from '#functions/platform/concurrency';

const MAX_ROUNDS = 8;
const backoff = (round: number) => sleep(Math.min(50 * 2 ** round, 2000));

/** The claims of `codes` by code (BatchGetItem, 100 keys a request; unprocessed keys read again). */
export async function claimsByCode(codes: readonly string[]) {
  const found = new Map<string, { creditCode: string; enterpriseId: string; claimedAt: string }>();
  let keys = codes.map((creditCode) => ({ creditCode }));
  for (let round = 0; keys.length > 0; round += 1) {
    if (round === MAX_ROUNDS)
      throw new Error(`credit-code claims still unprocessed after ${MAX_ROUNDS} rounds`);
    if (round > 0) await backoff(round);
    const { data, unprocessed } = await creditCodeClaim.get(keys).go({ concurrent: 4, consistent: true });
    for (const claim of data) found.set(claim.creditCode, claim);
    keys = unprocessed as typeof keys;
  }
  return found;
}

export async function enterprisesById(ids: readonly string[]): Promise<Map<string, EnterpriseItem>> {
  const found = new Map<string, EnterpriseItem>();
  let keys = [...new Set(ids)].map((id) => ({ id }));
  for (let round = 0; keys.length > 0; round += 1) {
    if (round === MAX_ROUNDS) throw new Error(`enterprises still unprocessed after ${MAX_ROUNDS} rounds`);
    if (round > 0) await backoff(round);
    const { data, unprocessed } = await enterprise.get(keys).go({ concurrent: 4, consistent: true });
    for (const item of data) found.set(item.id, item);
    keys = unprocessed as typeof keys;
  }
  return found;
}

/** Puts whole enterprises with BatchWriteItem (25 a request, `concurrent` in flight), retrying what is unprocessed. */
export async function putEnterprises(
  items: readonly ReturnType<typeof enterpriseItem>[],
  concurrent = 8,
): Promise<void> {
  let pending = [...items];
  for (let round = 0; pending.length > 0; round += 1) {
    if (round === MAX_ROUNDS)
      throw new Error(`enterprise writes still unprocessed after ${MAX_ROUNDS} rounds`);
    if (round > 0) await backoff(round);
    const { unprocessed } = await enterprise.put(pending).go({ concurrent });
    const left = new Set((unprocessed as { id: string }[]).map((key) => key.id));
    pending = pending.filter((item) => left.has(item.id));
  }
}
