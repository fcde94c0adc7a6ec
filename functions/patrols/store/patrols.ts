import { createHash } from 'node:crypto';
import type { EntityItem } from 'electrodb';
import type { Patrol } from '#functions/patrols/schemas';
import { patrol } from '#functions/patrols/store/entities/patrol';

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

/** Patrols by id in the order given (unknown ids left out): the grid list's second read. */
export async function patrolsByIds(patrolIds: readonly string[]): Promise<PatrolItem[]> {
  if (patrolIds.length === 0) return [];
  const keys = [...new Set(patrolIds)].map((patrolId) => ({ patrolId }));
  const { data, unprocessed } = await patrol.get(keys).go();
  const more = unprocessed.length > 0 ? await patrolsByIds(unprocessed.map((key) => key.patrolId)) : [];
  const byId = new Map([...data, ...more].map((item) => [item.patrolId, item]));
  return patrolIds.flatMap((id) => byId.get(id) ?? []);
}
