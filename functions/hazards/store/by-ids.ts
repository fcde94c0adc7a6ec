import { type HazardItem, hazard } from '#functions/hazards/store/entities/hazard';
import { sleep } from '#functions/platform/concurrency';

/** What another capability sees of a hazard it lists (the zeroing campaign): where, what, and its state now. */
export interface HazardState {
  hazardId: string;
  enterpriseId: string;
  districtId: string;
  townId: string;
  gridId?: string;
  level: HazardItem['level'];
  status: HazardItem['status'];
  description: string;
  closedAt?: string;
}

const MAX_ROUNDS = 8;

/** The hazards of `ids` that exist, by id (BatchGetItem, 100 keys a request; unprocessed keys read again). */
export async function hazardsByIds(ids: readonly string[]): Promise<Map<string, HazardState>> {
  const found = new Map<string, HazardState>();
  let keys = [...new Set(ids)].map((hazardId) => ({ hazardId }));
  for (let round = 0; keys.length > 0; round += 1) {
    if (round === MAX_ROUNDS) throw new Error(`hazards still unprocessed after ${MAX_ROUNDS} rounds`);
    if (round > 0) await sleep(Math.min(50 * 2 ** round, 2000));
    const { data, unprocessed } = await hazard.get(keys).go({ concurrent: 4 });
    for (const item of data)
      found.set(item.hazardId, {
        hazardId: item.hazardId,
        enterpriseId: item.enterpriseId,
        districtId: item.districtId,
        townId: item.townId,
        ...(item.gridId ? { gridId: item.gridId } : {}),
        level: item.level,
        status: item.status,
        description: item.description,
        ...(item.closedAt ? { closedAt: item.closedAt } : {}),
      });
    keys = unprocessed as typeof keys;
  }
  return found;
}
