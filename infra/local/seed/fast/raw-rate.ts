import { callDynamo } from '#functions/platform/dynamo';
import { batchWriter, type Item } from './batch-writer';

const KEY_FIELDS = ['pk', 'sk', 'gsi1pk', 'gsi1sk', 'gsi2pk', 'gsi2sk', 'gsi3pk', 'gsi3sk'];
const PREFIX = 'rawBurst#';

/** A copy of `item` under keys of its own (every key and index key prefixed): the same size, the same indexes. */
const burstCopy = (item: Item, n: number): Item => {
  const copy = { ...item };
  for (const field of KEY_FIELDS)
    if (typeof copy[field] === 'string') copy[field] = `${PREFIX}${n}#${copy[field] as string}`;
  return copy;
};

/**
 * The baseline: raw BatchWriteItem of copies of the seed's own first items (so the same sizes and the same
 * index entries), already built, with the same concurrency, into the same table. Answers items/s; the copies
 * are deleted again afterwards (not timed).
 */
export async function measureRawRate(
  table: string,
  samples: readonly Item[],
  options: { items?: number; concurrency?: number } = {},
): Promise<{ items: number; seconds: number; itemsPerSecond: number }> {
  const count = options.items ?? 5000;
  const copies = Array.from({ length: count }, (_, n) => burstCopy(samples[n % samples.length] as Item, n));
  const writer = batchWriter(table, { concurrency: options.concurrency ?? 8 });
  const started = performance.now();
  await writer.write(copies);
  await writer.flush();
  const seconds = (performance.now() - started) / 1000;
  for (let at = 0; at < copies.length; at += 25) {
    let pending: unknown[] = copies
      .slice(at, at + 25)
      .map((copy) => ({ DeleteRequest: { Key: { pk: copy.pk, sk: copy.sk } } }));
    while (pending.length > 0) {
      const answer = (await callDynamo('BatchWriteItem', { RequestItems: { [table]: pending } })) as {
        UnprocessedItems?: Record<string, unknown[]>;
      };
      pending = answer.UnprocessedItems?.[table] ?? [];
    }
  }
  return { items: count, seconds, itemsPerSecond: count / seconds };
}
