import { districtIds } from '#functions/platform/districts';
import { callDynamo, tableName } from '#functions/platform/dynamo';
import type { RiskLevel } from '#functions/risk-points/domain/types';
import { riskLevels } from '#functions/risk-points/domain/types';
import { riskPoint } from '#functions/risk-points/store/entities/risk-point';

/** An active risk point as the overdue job counts it: where it sits, its level and when it falls due. */
export interface OverduePoint {
  enterpriseId: string;
  enterpriseName: string;
  districtId: string;
  townId: string;
  gridId?: string;
  level: RiskLevel;
  nextDueAt: string;
}

/** One gsi3 partition (district, active, level): together the 28 hold every active point and nothing else. */
export interface ActivePartition {
  districtId: string;
  level: RiskLevel;
}

/** The 7 districts × 4 levels, in a fixed order (segments share them out by position). */
export const activePointPartitions: readonly ActivePartition[] = districtIds.flatMap((districtId) =>
  riskLevels.map((level) => ({ districtId, level })),
);

const FIELDS = ['enterpriseId', 'enterpriseName', 'districtId', 'townId', 'gridId', 'level', 'nextDueAt'];

/**
 * Every active point of one partition, page by page (1 MB each). The key condition is the one ElectroDB builds
 * for `byDistrict`; the request is sent raw with a projection of the 7 fields the job needs, so that half a
 * million points are neither shipped whole nor run through ElectroDB's formatting (the overdue bench measures it).
 */
export async function* activePointsOf(partition: ActivePartition): AsyncGenerator<OverduePoint[]> {
  const params = riskPoint.query
    .byDistrict({ districtId: partition.districtId, status: 'active', level: partition.level })
    .params() as Record<string, unknown>;
  const names = Object.fromEntries(FIELDS.map((field, index) => [`#f${index}`, field]));
  let start: Record<string, unknown> | undefined;
  do {
    const answer = await callDynamo('Query', {
      TableName: tableName,
      IndexName: params.IndexName,
      KeyConditionExpression: params.KeyConditionExpression,
      ExpressionAttributeNames: { ...(params.ExpressionAttributeNames as object), ...names },
      ExpressionAttributeValues: params.ExpressionAttributeValues,
      ProjectionExpression: Object.keys(names).join(', '),
      ...(start ? { ExclusiveStartKey: start } : {}),
    });
    start = answer.LastEvaluatedKey as Record<string, unknown> | undefined;
    yield (answer.Items ?? []) as OverduePoint[];
  } while (start);
}
