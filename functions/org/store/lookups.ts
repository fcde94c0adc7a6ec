import { type OrgDirectory, orgDirectory } from '#functions/org/domain/directory';
import { grid } from '#functions/org/store/entities/grid';
import { town } from '#functions/org/store/entities/town';
import { sleep } from '#functions/platform/concurrency';
import { ValidationError } from '#functions/platform/errors';
import type { FieldError } from '#functions/platform/schemas/common';

/** The town must exist in the enterprise's district and the grid, if any, in its town: 400 otherwise. */
export async function assertPlacement(placement: {
  districtId: string;
  townId: string;
  gridId: string | null;
}) {
  const [foundTown, foundGrid] = await Promise.all([
    town.get({ townId: placement.townId }).go(),
    placement.gridId ? grid.get({ gridId: placement.gridId }).go() : null,
  ]);
  const fields: FieldError[] = [];
  if (foundTown.data?.districtId !== placement.districtId)
    fields.push({
      path: 'body.townId',
      message: '镇（街道）不存在或不属于所选辖市（区）',
      code: 'unknown_town',
    });
  if (foundGrid && foundGrid.data?.townId !== placement.townId)
    fields.push({ path: 'body.gridId', message: '网格不存在或不属于所选镇（街道）', code: 'unknown_grid' });
  if (fields.length > 0) throw new ValidationError(fields);
}

/** Names and ids of the towns and grids of one district, or of the city: what spreadsheets need. */
export async function loadOrgDirectory(districtId?: string): Promise<OrgDirectory> {
  const where = districtId ? { districtId } : {};
  const [towns, grids] = await Promise.all([
    town.query.byCity(where).go({ pages: 'all' }),
    grid.query.byCity(where).go({ pages: 'all' }),
  ]);
  return orgDirectory(
    towns.data.map((t) => ({ id: t.townId, districtId: t.districtId, name: t.name })),
    grids.data.map((g) => ({ id: g.gridId, townId: g.townId, name: g.name })),
  );
}

const MAX_ROUNDS = 8;

/** Items by key in BatchGetItem requests (ElectroDB: 100 keys each), unprocessed keys read again with backoff. */
async function readBatched<K extends object, T>(
  keys: K[],
  read: (keys: K[]) => Promise<{ data: T[]; unprocessed: unknown[] }>,
): Promise<T[]> {
  const found: T[] = [];
  let pending = keys;
  for (let round = 0; pending.length > 0; round += 1) {
    if (round === MAX_ROUNDS) throw new Error(`org lookups still unprocessed after ${MAX_ROUNDS} rounds`);
    if (round > 0) await sleep(Math.min(50 * 2 ** round, 2000));
    const { data, unprocessed } = await read(pending);
    found.push(...data);
    pending = unprocessed as K[];
  }
  return found;
}

/**
 * The towns and grids with these ids (repeats and empty ids ignored), in one batched read per kind: what a page
 * of records needs to show their places by name. Built per request and never kept, so a renamed town shows its
 * new name at once; ids that no longer exist are simply absent.
 */
export async function loadOrgRefs(ids: {
  townIds: Iterable<string>;
  gridIds: Iterable<string | null | undefined>;
}): Promise<OrgDirectory> {
  const townKeys = [...new Set(ids.townIds)].filter(Boolean).map((townId) => ({ townId }));
  const gridKeys = [...new Set(ids.gridIds)]
    .filter((gridId): gridId is string => Boolean(gridId))
    .map((gridId) => ({ gridId }));
  const [towns, grids] = await Promise.all([
    readBatched(townKeys, (keys) => town.get(keys).go({ concurrent: 4 })),
    readBatched(gridKeys, (keys) => grid.get(keys).go({ concurrent: 4 })),
  ]);
  return orgDirectory(
    towns.map((t) => ({ id: t.townId, districtId: t.districtId, name: t.name })),
    grids.map((g) => ({ id: g.gridId, townId: g.townId, name: g.name })),
  );
}
