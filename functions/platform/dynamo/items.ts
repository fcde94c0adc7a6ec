import { mapLimit, sleep } from '#functions/platform/concurrency';
import { callDynamo, tableName } from '#functions/platform/dynamo';

const BATCH = 25;
const MAX_ROUNDS = 8;
const IN_FLIGHT = 8;

type Item = Record<string, unknown>;

async function putBatch(items: Item[]): Promise<void> {
  let pending = items.map((Item) => ({ PutRequest: { Item } }));
  for (let round = 0; pending.length > 0; round += 1) {
    if (round === MAX_ROUNDS) throw new Error(`items still unprocessed after ${MAX_ROUNDS} rounds`);
    if (round > 0) await sleep(Math.min(50 * 2 ** round, 2000));
    const answer = await callDynamo('BatchWriteItem', { RequestItems: { [tableName]: pending } });
    const left = (answer.UnprocessedItems as Record<string, typeof pending> | undefined)?.[tableName];
    pending = left ?? [];
  }
}

/**
 * Puts `items` (BatchWriteItem, 25 a request, 8 in flight), writing back what comes back unprocessed. Plain
 * puts of whole items keyed by period: a rerun writes the same items again, so the writes are idempotent.
 */
export async function putAll(items: readonly Item[]): Promise<void> {
  const batches: Item[][] = [];
  for (let start = 0; start < items.length; start += BATCH) batches.push(items.slice(start, start + BATCH));
  await mapLimit(batches, IN_FLIGHT, putBatch);
}

/** Every item of a key condition, all pages (a job's own small partitions: partials, a slot marker). */
export async function queryAll(input: Item): Promise<Item[]> {
  const items: Item[] = [];
  let start: Item | undefined;
  do {
    const answer = await callDynamo('Query', {
      TableName: tableName,
      ...input,
      ...(start ? { ExclusiveStartKey: start } : {}),
    });
    items.push(...((answer.Items ?? []) as Item[]));
    start = answer.LastEvaluatedKey as Item | undefined;
  } while (start);
  return items;
}

export async function getItem(key: Item, consistent = false): Promise<Item | undefined> {
  const answer = await callDynamo('GetItem', { TableName: tableName, Key: key, ConsistentRead: consistent });
  return answer.Item as Item | undefined;
}
