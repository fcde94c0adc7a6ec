import { createHash } from 'node:crypto';

/**
 * The due index is sharded (issue 12): one partition took every waiting message, so one dispatcher could only
 * walk it in order. `DUE_SHARDS` partitions `due#00` … `due#15`, chosen by a hash of the message id: the enqueue
 * writes the shard, every later write that keeps the message waiting writes the same one. The count is a
 * constant, not a setting: changing it would strand messages in shards no run walks any more.
 */
export const DUE_SHARDS = 16;
/** The partition every waiting message sat in before the shards; runs still drain it (see `dueQueuesOf`). */
export const LEGACY_DUE_QUEUE = 'due';

/** The shard (0 … DUE_SHARDS − 1) of a message: the first 32 bits of SHA-256 of its id, so ids spread evenly. */
export function dueShardOf(messageId: string): number {
  return createHash('sha256').update(messageId).digest().readUInt32BE(0) % DUE_SHARDS;
}

export const dueQueueName = (shard: number): string =>
  `${LEGACY_DUE_QUEUE}#${String(shard).padStart(2, '0')}`;

/** The `dueQueue` value of a waiting message. */
export const dueQueueOf = (messageId: string): string => dueQueueName(dueShardOf(messageId));

/** Whether a `dueQueue` value is one the due index holds: a shard or the legacy partition. */
export const isDueQueue = (value: unknown): boolean =>
  typeof value === 'string' && (value === LEGACY_DUE_QUEUE || value.startsWith(`${LEGACY_DUE_QUEUE}#`));

/**
 * The partitions run `segment` of `totalSegments` walks: shards s with s mod totalSegments = segment, and
 * segment 0 also the legacy partition (messages enqueued before the shards; each moves to its shard at its
 * next write, so the legacy partition empties by itself). Segments together walk every partition exactly once.
 */
export function dueQueuesOf(segment: number, totalSegments: number): string[] {
  const shards = Array.from({ length: DUE_SHARDS }, (_, shard) => shard).filter(
    (shard) => shard % totalSegments === segment,
  );
  return [...(segment === 0 ? [LEGACY_DUE_QUEUE] : []), ...shards.map(dueQueueName)];
}
