import { enterprise, gridKeyOf } from '#functions/enterprises/store/entities/enterprise';

/**
 * What identity and org need to know about enterprises, in one place: where an enterprise sits (an enterprise
 * user's scope follows it) and whether a town or grid still has any (they cannot be deleted then).
 */
export async function enterprisePlacement(
  enterpriseId: string,
): Promise<{ districtId: string; townId: string; gridId?: string } | undefined> {
  const { data } = await enterprise.get({ id: enterpriseId }).go();
  if (!data) return undefined;
  return {
    districtId: data.districtId,
    townId: data.townId,
    ...(data.gridId ? { gridId: data.gridId } : {}),
  };
}

export async function townHasEnterprises(townId: string): Promise<boolean> {
  const { data } = await enterprise.query.byTown({ townId }).go({ count: 1, limit: 1 });
  return data.length > 0;
}

export async function gridHasEnterprises(districtId: string, gridId: string): Promise<boolean> {
  const { data } = await enterprise.query
    .byGrid({ gridKey: gridKeyOf(gridId, districtId) })
    .go({ count: 1, limit: 1 });
  return data.length > 0;
}

/** An enterprise's name and placement: what a risk point copies so that its lists and labels need no join. */
export async function enterpriseCard(
  enterpriseId: string,
): Promise<
  { name: string; districtId: string; townId: string; gridId?: string; flags: string[] } | undefined
> {
  const { data } = await enterprise.get({ id: enterpriseId }).go();
  if (!data) return undefined;
  const placement = { districtId: data.districtId, townId: data.townId };
  // flags: a dust site is only for a 涉爆粉尘 ('dust') enterprise
  return {
    name: data.name,
    ...placement,
    ...(data.gridId ? { gridId: data.gridId } : {}),
    flags: data.flags,
  };
}
