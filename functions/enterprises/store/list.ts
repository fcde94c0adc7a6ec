import { matchesEnterpriseFilter, type ScopedEnterpriseFilter } from '#functions/enterprises/domain/filter';
import { maskEnterprise } from '#functions/enterprises/domain/view';
import type { Enterprise, EnterpriseFilter } from '#functions/enterprises/schemas/enterprises';
import { enterpriseInScope, placementOf } from '#functions/enterprises/store/access';
import { enterprise } from '#functions/enterprises/store/entities/enterprise';
import { type ListPlan, type Partition, planEnterpriseList } from '#functions/enterprises/store/list-plan';
import { toEnterprise } from '#functions/enterprises/store/records';
import { searchEnterprises } from '#functions/enterprises/store/search';
import { enterpriseWhere } from '#functions/enterprises/store/where';
import { NotFoundError } from '#functions/platform/errors';
import { fixedPage, type ListRequest, type Page, readPages } from '#functions/platform/pager';
import type { Principal } from '#functions/platform/principal';
import { inScope } from '#functions/platform/scope';
import { mainTable } from '#functions/platform/tables';

/** DynamoDB requests one API page may make before it answers with what it has and a cursor. */
const MAX_READS_PER_PAGE = 10;

async function ownEnterprise(
  principal: Principal,
  plan: Extract<ListPlan, { kind: 'own' }>,
): Promise<Enterprise[]> {
  try {
    const own = await enterpriseInScope(principal, plan.enterpriseId);
    return matchesEnterpriseFilter(own, plan.filter) ? [own] : [];
  } catch (error) {
    if (error instanceof NotFoundError) return [];
    throw error;
  }
}

/** The query of one planned partition, with what the index leaves of the filter as a filter expression. */
function queryOf(partition: Partition, residual: ScopedEnterpriseFilter) {
  const where = enterpriseWhere(residual);
  const base =
    partition.index === 'byDistrict'
      ? enterprise.query.byDistrict(partition.key)
      : partition.index === 'byTown'
        ? enterprise.query.byTown(partition.key)
        : enterprise.query.byGrid(partition.key);
  return where ? base.where(where) : base;
}

/** The plan's partitions in order, through the one pager (the cursor names the partition and the key in it). */
async function readChunk(
  principal: Principal,
  filter: EnterpriseFilter,
  page: ListRequest & { maxReads: number },
): Promise<Page<Enterprise>> {
  const plan = await planEnterpriseList(principal, filter);
  if (plan.kind !== 'query') {
    // these lists have one page: no cursor was ever given out
    const own = plan.kind === 'own' && !page.cursor ? await ownEnterprise(principal, plan) : [];
    return fixedPage(page, own);
  }
  const { q } = plan.placed;
  if (q) return searchEnterprises(principal, { ...plan.placed, q }, page);
  const partitions = plan.partitions.map((partition) => ({
    table: mainTable,
    query: queryOf(partition, plan.residual),
  }));
  const filtered = enterpriseWhere(plan.residual) !== null;
  const chunk = await readPages(partitions, { ...page, filtered, order: 'asc' }, toEnterprise);
  return { ...chunk, data: chunk.data.filter((record) => inScope(principal, placementOf(record))) };
}

/** One page of the enterprises `principal` may see that pass `filter`; phones masked, as in every list. */
export async function listEnterprises(
  principal: Principal,
  filter: EnterpriseFilter,
  page: { limit: number; cursor?: string | undefined },
): Promise<Page<Enterprise>> {
  const chunk = await readChunk(principal, filter, { ...page, maxReads: MAX_READS_PER_PAGE });
  return { data: chunk.data.map(maskEnterprise), nextCursor: chunk.nextCursor };
}

/** Every enterprise `principal` may see that passes `filter`, in chunks, unmasked: for exports. */
export async function* allEnterprises(principal: Principal, filter: EnterpriseFilter, chunkSize = 1000) {
  let cursor: string | undefined;
  do {
    const chunk = await readChunk(principal, filter, { limit: chunkSize, cursor, maxReads: 50 });
    yield chunk.data;
    cursor = chunk.nextCursor ?? undefined;
  } while (cursor);
}
