import { createHash } from 'node:crypto';
import type { EntityItem } from 'electrodb';
import type { Patrol } from '#functions/patrols/schemas';
import { patrol } from '#functions/patrols/store/entities/patrol';
import { sleep } from '#functions/platform/concurrency';

export type PatrolItem = EntityItem<typeof patrol>;

/** The patrol id of a member's `clientId`: the same retried request always names the same item. */
export const patrolIdFor = (userId: string, clientId: string) =>
  createHash('sha256').update(`patrol\n${userId}\n${clientId}`).digest('base64url').slice(0, 26);

/** The record as the API shows it: without the crash marker, with react-admin's `id`. */
export function patrolView(item: PatrolItem): Patrol {
  const { pending: _pending, note, answers, hazards, ...rest } = item;
  return {
    id: item.patrolId,
    ...rest,
    answers: answers.map(({ itemId, answer, note: said }) => ({
      itemId,
      answer,
      ...(said ? { note: said } : {}),
    })),
    hazards: hazards.map(({ majorCategory, ...hazard }) => ({
      ...hazard,
      ...(majorCategory ? { majorCategory } : {}),
    })),
    ...(note ? { note } : {}),
  };
}

/** One patrol by id, read strongly consistent: a retry must see the put it follows. */
export async function findPatrol(patrolId: string): Promise<PatrolItem | undefined> {
  const { data } = await patrol.get({ patrolId }).go({ consistent: true });
  return data ?? undefined;
}

const MAX_ROUNDS = 8;

/**
 * Patrols by id in the order given (unknown ids left out): the grid list's second read. Keys DynamoDB leaves
 * unprocessed (throttling) are asked again after a growing pause, a bounded number of times.
 */
export async function patrolsByIds(patrolIds: readonly string[]): Promise<PatrolItem[]> {
  const byId = new Map<string, PatrolItem>();
  let keys = [...new Set(patrolIds)].map((patrolId) => ({ patrolId }));
  for (let round = 0; keys.length > 0; round += 1) {
    if (round === MAX_ROUNDS) throw new Error(`patrols still unprocessed after ${MAX_ROUNDS} rounds`);
    if (round > 0) await sleep(Math.min(50 * 2 ** round, 2000));
    const { data, unprocessed } = await patrol.get(keys).go();
    for (const item of data) byId.set(item.patrolId, item);
    keys = unprocessed.map(({ patrolId }) => ({ patrolId }));
  }
  return patrolIds.flatMap((id) => byId.get(id) ?? []);
}
