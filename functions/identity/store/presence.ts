import { user } from '#functions/identity/store/entities/user';

/** Whether any account still belongs to a town: org refuses to delete a town its accounts point at. */
export async function townHasUsers(townId: string): Promise<boolean> {
  const { data } = await user.query.byTown({ townId }).go({ count: 1, limit: 1 });
  return data.length > 0;
}

/** Whether any grid member still belongs to a grid (one Query of the town's grid members, filtered). */
export async function gridHasMembers(townId: string, gridId: string): Promise<boolean> {
  const { data } = await user.query
    .byTown({ townId, role: 'gridMember' })
    .where((a, op) => op.eq(a.gridId, gridId))
    .go({ count: 1 });
  return data.length > 0;
}
