import type { EnterpriseScanCounter } from '#functions/scans/domain/counter';
import { scanCounterShard } from '#functions/scans/domain/quarter';

/**
 * The counter items' layout in the main table. Plain items (not an ElectroDB entity), so that the live path is
 * one UpdateItem with ADD and the seed can build the same item: pk `scanCounter#<enterpriseId>`, sk `<quarter>`
 * (the enterprise-quarter, where every increment lands); gsi2 `scanCounter#<districtId>#<quarter>#<shard>` /
 * `<enterpriseId>` (a district-quarter's counters spread over COUNTER_SHARDS partitions, read by key condition).
 */
export const counterKey = (enterpriseId: string, quarter: string) => ({
  pk: `scanCounter#${enterpriseId}`,
  sk: quarter,
});

export const counterPartition = (districtId: string, quarter: string, shard: number) =>
  `scanCounter#${districtId}#${quarter}#${shard}`;

export const counterIndexKey = (
  counter: Pick<EnterpriseScanCounter, 'enterpriseId' | 'districtId' | 'quarter'>,
) => ({
  gsi2pk: counterPartition(counter.districtId, counter.quarter, scanCounterShard(counter.enterpriseId)),
  gsi2sk: counter.enterpriseId,
});

const FIELDS = [
  'enterpriseId',
  'districtId',
  'townId',
  'gridId',
  'quarter',
  'scans',
  'lateScans',
  'principalScans',
  'hazardScans',
  'firstScanAt',
  'lastScanAt',
] as const;

/** The whole item of a counter (for the repair's put and for seeding counters that match seeded scans). */
export function scanCounterItem(
  counter: EnterpriseScanCounter,
  version = 1,
  countedAt = counter.lastScanAt ?? '',
): Record<string, unknown> {
  const fields = Object.fromEntries(
    FIELDS.flatMap((field) => (counter[field] === undefined ? [] : [[field, counter[field]]])),
  );
  return {
    ...counterKey(counter.enterpriseId, counter.quarter),
    ...counterIndexKey(counter),
    entity: 'scanCounter',
    ...fields,
    version,
    countedAt,
  };
}

/** The contract's view of a stored counter item (keys and bookkeeping left out). */
export function counterOfItem(item: Record<string, unknown>): EnterpriseScanCounter {
  return Object.fromEntries(
    FIELDS.flatMap((field) => (item[field] === undefined ? [] : [[field, item[field]]])),
  ) as unknown as EnterpriseScanCounter;
}
