import type { EntityItem } from 'electrodb';
import type * as z from 'zod';
import type { gridSchema, townSchema } from '#functions/org/schemas';
import { grid } from '#functions/org/store/entities/grid';
import { town } from '#functions/org/store/entities/town';

/** Towns and grids as stored and as the API shows them (`id` instead of the entity's key name). */
export type TownItem = EntityItem<typeof town>;
export type GridItem = EntityItem<typeof grid>;
export type Town = z.infer<typeof townSchema>;
export type Grid = z.infer<typeof gridSchema>;

export const townView = ({ townId, districtId, name, createdAt, updatedAt }: TownItem): Town => ({
  id: townId,
  districtId,
  name,
  createdAt,
  updatedAt,
});

export async function findTown(townId: string): Promise<TownItem | undefined> {
  return (await town.get({ townId }).go()).data ?? undefined;
}

export const gridView = ({ gridId, districtId, townId, name, createdAt, updatedAt }: GridItem): Grid => ({
  id: gridId,
  districtId,
  townId,
  name,
  createdAt,
  updatedAt,
});

export async function findGrid(gridId: string): Promise<GridItem | undefined> {
  return (await grid.get({ gridId }).go()).data ?? undefined;
}
