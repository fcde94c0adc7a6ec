/**
 * What other capabilities may use of enterprises: every enterprise of a district with its placement and status
 * (the stats job's census), where an enterprise sits, and whether a town or grid has any.
 */

/** The zeroing campaign's XLSX import: credit codes to enterprises, a batch at a time. */
export { claimsByCode, enterprisesById } from '#functions/enterprises/store/batches';
export { type EnterpriseCensusRow, listEnterpriseCensus } from '#functions/enterprises/store/census';
/** 网格外: the outside-the-grid partitions read, listed and assigned a grid (the grid-coverage capability). */
export {
  assignOutsideToGrid,
  type GridAssignOutcome,
  listOutsideGrid,
  type OutsideCensusRow,
  type OutsideFilter,
  type OutsideRow,
  outsideGridCensus,
  outsideGridSelection,
} from '#functions/enterprises/store/outside';
export {
  enterpriseCard,
  enterprisePlacement,
  gridHasEnterprises,
  townHasEnterprises,
} from '#functions/enterprises/store/presence';
export { type PrincipalContact, principalContacts } from '#functions/enterprises/store/principal-contacts';
export { type ReminderContact, reminderContacts } from '#functions/enterprises/store/reminder-contacts';
export {
  countTargetEnterprises,
  type TargetEnterprise,
  type TargetFilter,
  type TargetPosition,
  targetEnterprisePage,
} from '#functions/enterprises/store/targets';

/** A grid's enterprises (id, name, town, status), one key range on `byGrid` (the patrol due list; patrols). */
export async function gridEnterprises(
  districtId: string,
  gridId: string,
): Promise<{ id: string; name: string; townId: string; status: string }[]> {
  const { enterprise, gridKeyOf } = await import('#functions/enterprises/store/entities/enterprise');
  const { data } = await enterprise.query
    .byGrid({ gridKey: gridKeyOf(gridId, districtId) })
    .go({ pages: 'all', attributes: ['id', 'name', 'townId', 'status'] });
  return data.map(({ id, name, townId, status }) => ({ id, name, townId, status }));
}
