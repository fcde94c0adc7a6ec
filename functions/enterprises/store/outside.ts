import type { industries } from '#functions/enterprises/domain/kinds';
import { enterprise, gridKeyOf } from '#functions/enterprises/store/entities/enterprise';
import { storedEnterprise, withNameIndex } from '#functions/enterprises/store/name-index';
import { toEnterprise } from '#functions/enterprises/store/records';
import { isConditionFailure } from '#functions/platform/conditions';
import { type Page, readPages } from '#functions/platform/pager';
import { mainTable } from '#functions/platform/tables';

/**
 * 网格外 (outside the grid) as the grid-coverage capability reads and changes it. Every read is a Query of a
 * district's `outside-<district>` partition of the byGrid index (decisions.md "Enterprise indexes"): it holds
 * only the district's enterprises without a grid, so a town, an industry or a name is a filter on a partition
 * that is small by nature (the seed's worst district has 267) — no new index, no scan. "Active" is status ≠
 * 关闭 (decisions.md: registered active enterprise): a closed enterprise needs no grid.
 */

const CLOSED = '关闭';

/** One outside enterprise as the coverage counts need it. */
export interface OutsideCensusRow {
  id: string;
  townId: string;
  status: string;
}

/** The filters the outside list and the bulk assignment's selection take (besides the district). */
export interface OutsideFilter {
  townId?: string | undefined;
  industry?: (typeof industries)[number] | undefined;
  /** Name contains, or credit code starts with. */
  q?: string | undefined;
}

/** An outside enterprise in a list or a selection: no phones, so nothing needs masking. */
export interface OutsideRow {
  id: string;
  name: string;
  creditCode: string;
  districtId: string;
  townId: string;
  industry: string;
  status: string;
  address?: string;
}

const outsidePartition = (districtId: string) =>
  enterprise.query.byGrid({ gridKey: gridKeyOf(null, districtId) });

type Where = Parameters<ReturnType<typeof outsidePartition>['where']>[0];

/** Active, and the filter's town, industry and name, as one filter expression. */
function outsideWhere(filter: OutsideFilter): Where {
  return (a, op) => {
    const terms = [op.ne(a.status, CLOSED), op.notExists(a.gridId)];
    if (filter.townId) terms.push(op.eq(a.townId, filter.townId));
    if (filter.industry) terms.push(op.eq(a.industry, filter.industry));
    if (filter.q) terms.push(`(${op.contains(a.name, filter.q)} OR ${op.begins(a.creditCode, filter.q)})`);
    return terms.join(' AND ');
  };
}

const rowOf = (item: Parameters<typeof toEnterprise>[0]): OutsideRow => ({
  id: item.id,
  name: item.name,
  creditCode: item.creditCode,
  districtId: item.districtId,
  townId: item.townId,
  industry: item.industry,
  status: item.status,
  ...(item.address ? { address: item.address } : {}),
});

/** The active enterprises outside the grid in district D: id, town and status (a projection of its partition). */
export async function outsideGridCensus(districtId: string): Promise<OutsideCensusRow[]> {
  const { data } = await outsidePartition(districtId)
    .where((a, op) => op.ne(a.status, CLOSED))
    .go({ pages: 'all', attributes: ['id', 'townId', 'status'] });
  return data.map(({ id, townId, status }) => ({ id, townId, status }));
}

/** One page of the active outside enterprises of `districtIds` (walked in order) that pass the filter. */
export async function listOutsideGrid(
  districtIds: readonly string[],
  filter: OutsideFilter,
  page: { limit: number; cursor?: string | undefined },
): Promise<Page<OutsideRow>> {
  const partitions = districtIds.map((districtId) => ({
    table: mainTable,
    query: outsidePartition(districtId).where(outsideWhere(filter)),
  }));
  return readPages(partitions, { ...page, filtered: true, order: 'asc' }, rowOf);
}

/**
 * Every active outside enterprise of one town that passes the filter, in id order, at most `max + 1` (so that
 * the caller can tell "more than max"): a bulk assignment's selection.
 */
export async function outsideGridSelection(
  districtId: string,
  filter: OutsideFilter & { townId: string },
  max: number,
): Promise<OutsideRow[]> {
  const rows: OutsideRow[] = [];
  let cursor: string | undefined;
  do {
    const page = await listOutsideGrid([districtId], filter, { limit: 500, cursor });
    rows.push(...page.data);
    cursor = page.nextCursor ?? undefined;
  } while (cursor && rows.length <= max);
  return rows.slice(0, max + 1);
}

/** What assigning one enterprise did; `before`/`after` are the whole records (for the audit entry). */
export type GridAssignOutcome =
  | { outcome: 'assigned'; before: ReturnType<typeof toEnterprise>; after: ReturnType<typeof toEnterprise> }
  | { outcome: 'already'; after: ReturnType<typeof toEnterprise> }
  | { outcome: 'skipped'; reason: 'missing' | 'moved' | 'inGrid' };

/**
 * Puts enterprise E into grid G of town T, only if it is still outside the grid and still in T: a full put
 * conditioned on the version read and on having no grid (so a concurrent edit or assignment is never
 * overwritten), with the name index (whose tokens carry the grid) kept around it. Already in G is `already`
 * (a retried or concurrent run of the same assignment); moved to another town or given another grid meanwhile
 * is skipped. `at` is the write's `updatedAt`.
 */
export async function assignOutsideToGrid(
  input: { enterpriseId: string; townId: string; gridId: string },
  at: Date,
): Promise<GridAssignOutcome> {
  for (let attempt = 0; attempt < 3; attempt += 1) {
    const { data } = await enterprise.get({ id: input.enterpriseId }).go({ consistent: true });
    if (!data) return { outcome: 'skipped', reason: 'missing' };
    const current = toEnterprise(data);
    if (current.gridId === input.gridId) return { outcome: 'already', after: current };
    if (current.townId !== input.townId) return { outcome: 'skipped', reason: 'moved' };
    if (current.gridId) return { outcome: 'skipped', reason: 'inGrid' };
    const item = { ...data, gridId: input.gridId, updatedAt: at.toISOString() };
    try {
      const write = () =>
        enterprise
          .put(item)
          .where((a, op) => `${op.eq(a.updatedAt, current.updatedAt)} AND ${op.notExists(a.gridId)}`)
          .go({ response: 'none' });
      await withNameIndex([{ before: current, after: item }], write, () =>
        storedEnterprise(input.enterpriseId),
      );
      return { outcome: 'assigned', before: current, after: toEnterprise(item) };
    } catch (error) {
      if (!isConditionFailure(error)) throw error;
      // someone wrote it meanwhile: read again and decide on what is there now
    }
  }
  throw new Error(`enterprise ${input.enterpriseId} kept changing while being assigned a grid`);
}
