import type { PatrolFact } from '#functions/patrols/index';
import { patrol, patrolGridEntry } from '#functions/patrols/store/entities/patrol';
import { patrolsByIds } from '#functions/patrols/store/patrols';
import { addDays } from '#functions/platform/clock';

/** The attributes a fact needs: the readers never pull the answers, items or hazard texts. */
const factAttributes = [
  'patrolId',
  'enterpriseId',
  'districtId',
  'townId',
  'gridId',
  'at',
  'failedItemIds',
  'hazardCategories',
  'hazardIds',
] as const;

type FactRow = Pick<PatrolFact, (typeof factAttributes)[number]>;
const toFact = (row: FactRow): PatrolFact => ({
  patrolId: row.patrolId,
  enterpriseId: row.enterpriseId,
  districtId: row.districtId,
  townId: row.townId,
  gridId: row.gridId,
  at: row.at,
  failedItemIds: row.failedItemIds ?? [],
  hazardCategories: row.hazardCategories ?? [],
  hazardIds: row.hazardIds ?? [],
});

/** Upper bound of a day range on a `day, at, patrolId` sort key: the day after `to` (exclusive by shape). */
const after = (to: string) => addDays(to, 1);

/** See `patrolsOfDistrictBetween` in the index: one key range of byDistrict, yielded a DynamoDB page at a time. */
export async function* patrolsOfDistrictBetween(
  districtId: string,
  from: string,
  to: string,
): AsyncGenerator<PatrolFact[]> {
  let cursor: string | null = null;
  do {
    const page: { data: FactRow[]; cursor: string | null } = await patrol.query
      .byDistrict({ districtId })
      .between({ day: from }, { day: after(to) })
      .go({ cursor, pages: 1, attributes: [...factAttributes] });
    if (page.data.length > 0) yield page.data.map(toFact);
    cursor = page.cursor;
  } while (cursor);
}

/** See the index: one key range of byTown from `since` (bounded by the caller's window). */
export async function patrolsOfTownSince(townId: string, since: string): Promise<PatrolFact[]> {
  const { data } = await patrol.query
    .byTown({ townId })
    .gte({ day: since })
    .go({ pages: 'all', attributes: [...factAttributes] });
  return data.map(toFact);
}

/** See the index: one key range of byEnterprise from `since`. */
export async function patrolsOfEnterpriseSince(enterpriseId: string, since: string): Promise<PatrolFact[]> {
  const { data } = await patrol.query
    .byEnterprise({ enterpriseId })
    .gte({ day: since })
    .go({ pages: 'all', attributes: [...factAttributes] });
  return data.map(toFact);
}

/** The grid's entries in the range, then their patrols (batch gets by id, unprocessed keys read again). */
export async function patrolsOfGridBetween(gridId: string, from: string, to: string): Promise<PatrolFact[]> {
  const { data: entries } = await patrolGridEntry.query
    .byGrid({ gridId })
    .between({ day: from }, { day: after(to) })
    .go({ pages: 'all', attributes: ['patrolId'] });
  const items = await patrolsByIds(entries.map(({ patrolId }) => patrolId));
  return items.map(toFact).sort((a, b) => a.at.localeCompare(b.at));
}
