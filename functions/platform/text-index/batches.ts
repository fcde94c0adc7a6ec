import { sleep } from '#functions/platform/concurrency';

const MAX_ROUNDS = 8;

/**
 * Sends `items` (ElectroDB batch put, delete or get: 25 or 100 a request) until nothing is left unprocessed,
 * backing off between rounds. `keyOf` names an item and an unprocessed key alike (ElectroDB answers the key
 * attributes of what it could not do). Returns what the sends answered (a batch get's items).
 */
export async function batchUntilDone<T, R = never>(
  items: readonly T[],
  send: (batch: T[]) => Promise<{ unprocessed: unknown[]; data?: R[] }>,
  keyOf: (value: object) => string,
): Promise<R[]> {
  const answered: R[] = [];
  let pending = [...items];
  for (let round = 0; pending.length > 0; round += 1) {
    if (round === MAX_ROUNDS) throw new Error(`batch still unprocessed after ${MAX_ROUNDS} rounds`);
    if (round > 0) await sleep(Math.min(50 * 2 ** round, 2000));
    const { unprocessed, data } = await send(pending);
    answered.push(...(data ?? []));
    const left = new Set((unprocessed as object[]).map(keyOf));
    pending = pending.filter((item) => left.has(keyOf(item as object)));
  }
  return answered;
}
