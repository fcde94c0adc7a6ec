import { findGrid, findTown } from '#functions/org/store/views';

/** Where a town or grid lies. Towns never change district and grids never change town, so this can be kept. */
export interface OrgPlace {
  districtId: string;
  townId: string;
  gridId?: string;
}

// Per warm container: a city has a few hundred towns and grids; only found ones are kept (ids are never reused).
const MAX_KEPT = 10_000;
const kept = new Map<string, OrgPlace>();

async function keptPlace(key: string, read: () => Promise<OrgPlace | undefined>) {
  const known = kept.get(key);
  if (known) return known;
  const found = await read();
  if (found) {
    if (kept.size >= MAX_KEPT) kept.clear();
    kept.set(key, found);
  }
  return found;
}

/** The district of town `townId` (one GetItem the first time), or undefined when there is no such town. */
export const townPlace = (townId: string) =>
  keptPlace(`town#${townId}`, async () => {
    const found = await findTown(townId);
    return found && { districtId: found.districtId, townId: found.townId };
  });

/** The town and district of grid `gridId`, or undefined when there is no such grid. */
export const gridPlace = (gridId: string) =>
  keptPlace(`grid#${gridId}`, async () => {
    const found = await findGrid(gridId);
    return found && { districtId: found.districtId, townId: found.townId, gridId: found.gridId };
  });
