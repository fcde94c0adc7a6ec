/** A town or grid as name lookups need it. */
export interface TownRef {
  id: string;
  districtId: string;
  name: string;
}
export interface GridRef {
  id: string;
  townId: string;
  name: string;
}

/** Names ↔ ids of a district's towns and grids, for spreadsheets, which carry names. */
export interface OrgDirectory {
  townByName(districtId: string, name: string): TownRef | undefined;
  gridByName(townId: string, name: string): GridRef | undefined;
  town(id: string): TownRef | undefined;
  grid(id: string): GridRef | undefined;
}

export function orgDirectory(towns: readonly TownRef[], grids: readonly GridRef[]): OrgDirectory {
  const townsById = new Map(towns.map((town) => [town.id, town]));
  const gridsById = new Map(grids.map((grid) => [grid.id, grid]));
  const townsByName = new Map(towns.map((town) => [`${town.districtId}/${town.name}`, town]));
  const gridsByName = new Map(grids.map((grid) => [`${grid.townId}/${grid.name}`, grid]));
  return {
    townByName: (districtId, name) => townsByName.get(`${districtId}/${name}`),
    gridByName: (townId, name) => gridsByName.get(`${townId}/${name}`),
    town: (id) => townsById.get(id),
    grid: (id) => gridsById.get(id),
  };
}
