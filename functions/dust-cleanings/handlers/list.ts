import type { DustCleaningListQuery } from '#functions/dust-cleanings/schemas';
import { listCleanings, showCleaning } from '#functions/dust-cleanings/store/cleanings-list';
import type { Principal } from '#functions/platform/principal';
import { ok, page } from '#functions/platform/respond';

/** GET /api/dust-cleanings: the cleanings in the caller's scope, newest first. */
export async function listRoute(principal: Principal, query: DustCleaningListQuery, now: Date) {
  const { limit, cursor, ...filter } = query;
  const { data, nextCursor } = await listCleanings(principal, filter, { limit, cursor }, now);
  return page(data, nextCursor);
}

/** GET /api/dust-cleanings/{id}: one cleaning with its photos; out of scope = 404. */
export const showRoute = async (principal: Principal, cleaningId: string) =>
  ok(await showCleaning(principal, cleaningId));
