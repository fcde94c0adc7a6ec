import { matchesEnterpriseFilter } from '#functions/enterprises/domain/filter';
import { maskEnterprise } from '#functions/enterprises/domain/view';
import type { Enterprise, EnterpriseFilter } from '#functions/enterprises/schemas/enterprises';
import { enterpriseInScope, placementOf } from '#functions/enterprises/store/access';
import { type ListPlan, planEnterpriseList } from '#functions/enterprises/store/list-plan';
import { type EnterpriseChunk, readEnterprises } from '#functions/enterprises/store/pages';
import { InvalidCursorError } from '#functions/platform/cursor';
import { NotFoundError } from '#functions/platform/errors';
import type { Principal } from '#functions/platform/principal';
import { inScope } from '#functions/platform/scope';

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

async function readChunk(
  principal: Principal,
  filter: EnterpriseFilter,
  page: { limit: number; cursor?: string | undefined; maxReads: number },
): Promise<EnterpriseChunk> {
  const plan = planEnterpriseList(principal, filter);
  if (plan.kind !== 'query') {
    if (page.cursor) throw new InvalidCursorError(); // these lists have one page: no cursor was ever given out
    return { items: plan.kind === 'own' ? await ownEnterprise(principal, plan) : [], nextCursor: null };
  }
  const chunk = await readEnterprises(plan.partitions, plan.residual, page);
  return { ...chunk, items: chunk.items.filter((record) => inScope(principal, placementOf(record))) };
}

/** One page of the enterprises `principal` may see that pass `filter`; phones masked, as in every list. */
export async function listEnterprises(
  principal: Principal,
  filter: EnterpriseFilter,
  page: { limit: number; cursor?: string | undefined },
): Promise<{ data: Enterprise[]; nextCursor: string | null }> {
  const chunk = await readChunk(principal, filter, { ...page, maxReads: MAX_READS_PER_PAGE });
  return { data: chunk.items.map(maskEnterprise), nextCursor: chunk.nextCursor };
}

/** Every enterprise `principal` may see that passes `filter`, in chunks, unmasked: for exports. */
export async function* allEnterprises(principal: Principal, filter: EnterpriseFilter, chunkSize = 1000) {
  let cursor: string | undefined;
  do {
    const chunk = await readChunk(principal, filter, { limit: chunkSize, cursor, maxReads: 50 });
    yield chunk.items;
    cursor = chunk.nextCursor ?? undefined;
  } while (cursor);
}
