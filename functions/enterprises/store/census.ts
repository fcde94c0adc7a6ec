import { enterprise } from '#functions/enterprises/store/entities/enterprise';

/** Where one enterprise sits and its status: what the dashboard's counts need of it, nothing more. */
export interface EnterpriseCensusRow {
  id: string;
  districtId: string;
  townId: string;
  gridId?: string;
  status: string;
}

/**
 * Every enterprise of district D with its placement and status: one walk of its `byDistrict` partition, only
 * those attributes read (a projection), for the stats job, which reads the 7 districts once each.
 */
export async function listEnterpriseCensus(districtId: string): Promise<EnterpriseCensusRow[]> {
  const { data } = await enterprise.query
    .byDistrict({ districtId })
    .go({ pages: 'all', attributes: ['id', 'districtId', 'townId', 'gridId', 'status'] });
  return data.map(({ id, townId, gridId, status }) => ({
    id,
    districtId,
    townId,
    ...(gridId ? { gridId } : {}),
    status,
  }));
}
