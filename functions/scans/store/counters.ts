import { isConditionFailure } from '#functions/platform/conditions';
import { callDynamo, tableName } from '#functions/platform/dynamo';
import { type CountedScan, type EnterpriseScanCounter, scanDeltas } from '#functions/scans/domain/counter';
import { COUNTER_SHARDS, scanQuarter } from '#functions/scans/domain/quarter';
import {
  counterIndexKey,
  counterKey,
  counterOfItem,
  counterPartition,
} from '#functions/scans/store/counter-item';

/**
 * Where the scan's time falls against the stored first/last scan, each with the condition that proves it:
 * ADD cannot take a min or max, so the newest scan (the usual case) sets lastScanAt, and an older one that
 * arrives after a newer one (concurrent requests, ms apart) tries the other two cases in turn.
 */
const cases = [
  {
    when: 'attribute_not_exists(#lastScanAt) OR #lastScanAt <= :at',
    set: ', #lastScanAt = :at, #firstScanAt = if_not_exists(#firstScanAt, :at)',
  },
  { when: '#firstScanAt <= :at', set: '' },
  { when: '#firstScanAt > :at', set: ', #firstScanAt = :at' },
] as const;

/** `#name` → `name` for every attribute an expression names (reserved words need not be known). */
export const namesOf = (expression: string): Record<string, string> =>
  Object.fromEntries([...expression.matchAll(/#(\w+)/g)].map(([hash, name]) => [hash, name as string]));

/**
 * Adds one scan to its enterprise-quarter counter: one UpdateItem (ADD) in the usual case. Every write bumps
 * `version` and stamps `countedAt`, which the repair's recompute is conditioned on.
 */
export async function countScan(scan: CountedScan, now: Date): Promise<void> {
  const quarter = scanQuarter(scan.scannedAt);
  const deltas = scanDeltas(scan);
  const index = counterIndexKey({ enterpriseId: scan.enterpriseId, districtId: scan.districtId, quarter });
  const values = {
    ':entity': 'scanCounter',
    ':e': scan.enterpriseId,
    ':d': scan.districtId,
    ':t': scan.townId,
    ':q': quarter,
    ':gpk': index.gsi2pk,
    ':now': now.toISOString(),
    ':at': scan.scannedAt,
    ':one': 1,
    ':late': deltas.lateScans,
    ':p': deltas.principalScans,
    ':h': deltas.hazardScans,
    ...(scan.gridId ? { ':g': scan.gridId } : {}),
  };
  const place = `#entity = :entity, #enterpriseId = :e, #districtId = :d, #townId = :t, #quarter = :q, #gsi2pk = :gpk, #gsi2sk = :e, #countedAt = :now${scan.gridId ? ', #gridId = :g' : ''}`;
  const add = 'ADD #scans :one, #lateScans :late, #principalScans :p, #hazardScans :h, #version :one';
  for (let attempt = 0; attempt < cases.length * 2; attempt += 1) {
    const { when, set } = cases[attempt % cases.length] as (typeof cases)[number];
    try {
      await callDynamo('UpdateItem', {
        TableName: tableName,
        Key: counterKey(scan.enterpriseId, quarter),
        UpdateExpression: `SET ${place}${set}${scan.gridId ? '' : ' REMOVE #gridId'} ${add}`,
        ConditionExpression: when,
        ExpressionAttributeNames: namesOf(`${place}${set} #gridId ${add} ${when}`),
        ExpressionAttributeValues: values,
      });
      return;
    } catch (error) {
      if (!isConditionFailure(error)) throw error;
    }
  }
  throw new Error(`scan counter ${scan.enterpriseId} ${quarter}: first/last kept moving`);
}

/** Every counter of a quarter in a district, page by page: one key condition per shard, never a scan. */
export async function* quarterScanCounters(
  quarter: string,
  districtId: string,
): AsyncIterable<EnterpriseScanCounter[]> {
  for (let shard = 0; shard < COUNTER_SHARDS; shard += 1) {
    let start: Record<string, unknown> | undefined;
    do {
      const answer = await callDynamo('Query', {
        TableName: tableName,
        IndexName: 'gsi2',
        KeyConditionExpression: '#gsi2pk = :pk',
        ExpressionAttributeNames: { '#gsi2pk': 'gsi2pk' },
        ExpressionAttributeValues: { ':pk': counterPartition(districtId, quarter, shard) },
        ...(start ? { ExclusiveStartKey: start } : {}),
      });
      start = answer.LastEvaluatedKey as Record<string, unknown> | undefined;
      const items = (answer.Items ?? []) as Record<string, unknown>[];
      if (items.length) yield items.map(counterOfItem);
    } while (start);
  }
}
