import type { ScopedEnterpriseFilter } from '#functions/enterprises/domain/filter';
import type { EnterpriseFilter } from '#functions/enterprises/schemas/enterprises';
import { enterprise } from '#functions/enterprises/store/entities/enterprise';
import { type Partition, planEnterpriseList } from '#functions/enterprises/store/list-plan';
import { enterpriseWhere } from '#functions/enterprises/store/where';
import { callDynamo } from '#functions/platform/dynamo';
import type { Principal } from '#functions/platform/principal';

/**
 * The enterprises a campaign (自查清单) selects, read through the enterprise list's own plan (scope first, then the
 * most selective index: a town's partition, else the districts'); never a table scan. Added for campaigns.
 */
export type TargetFilter = Pick<EnterpriseFilter, 'districtId' | 'townId' | 'industry' | 'status' | 'flag'>;

export interface TargetEnterprise {
  id: string;
  name: string;
  districtId: string;
  townId: string;
  gridId?: string;
}

/** Where a walk of the targets goes on: partition `p` of the plan, after ElectroDB's `cursor`. */
export interface TargetPosition {
  p: number;
  cursor: string | null;
}

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

/** How many enterprises the filter selects in `principal`'s scope, per district: Select COUNT per partition. */
export async function countTargetEnterprises(
  principal: Principal,
  filter: TargetFilter,
): Promise<Record<string, number>> {
  const plan = await planEnterpriseList(principal, filter);
  if (plan.kind !== 'query') return {};
  const counts: Record<string, number> = {};
  await Promise.all(
    plan.partitions.map(async (partition) => {
      // Select COUNT: DynamoDB still reads the partition, but nothing crosses the wire but the numbers.
      const params = queryOf(partition, plan.residual).params() as Record<string, unknown>;
      let start: unknown;
      let count = 0;
      do {
        const answer = await callDynamo('Query', {
          ...params,
          Select: 'COUNT',
          ...(start ? { ExclusiveStartKey: start } : {}),
        });
        count += Number(answer.Count ?? 0);
        start = answer.LastEvaluatedKey;
      } while (start);
      const district =
        partition.index === 'byDistrict' ? partition.key.districtId : (plan.placed.districtId ?? '');
      counts[district] = (counts[district] ?? 0) + count;
    }),
  );
  return counts;
}

/**
 * One page of the targets (up to `limit` evaluated items, only the fields a campaign records), oldest id first,
 * and where to go on (null: done). The same position gives the same page while the enterprises do not change,
 * so a retried send chunk records the same targets.
 */
export async function targetEnterprisePage(
  principal: Principal,
  filter: TargetFilter,
  position: TargetPosition,
  limit = 500,
): Promise<{ data: TargetEnterprise[]; next: TargetPosition | null }> {
  const plan = await planEnterpriseList(principal, filter);
  if (plan.kind !== 'query') return { data: [], next: null };
  const partition = plan.partitions[position.p];
  if (!partition) return { data: [], next: null };
  const answer = await queryOf(partition, plan.residual).go({
    cursor: position.cursor,
    limit,
    pages: 1,
    order: 'asc',
    attributes: ['id', 'name', 'districtId', 'townId', 'gridId'],
  });
  const data = answer.data.map(({ id, name, districtId, townId, gridId }) => ({
    id,
    name,
    districtId,
    townId,
    ...(gridId ? { gridId } : {}),
  }));
  const next = answer.cursor
    ? { p: position.p, cursor: answer.cursor }
    : position.p + 1 < plan.partitions.length
      ? { p: position.p + 1, cursor: null }
      : null;
  return { data, next };
}
