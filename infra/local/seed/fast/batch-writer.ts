import { sleep } from '#functions/platform/concurrency';
import { callDynamo } from '#functions/platform/dynamo';

export type Item = Record<string, unknown>;
type Request = { PutRequest: { Item: Item } };

const PER_REQUEST = 25;
const MAX_ROUNDS = 12;

/**
 * Raw BatchWriteItem puts into one table: 25 items a request, `concurrency` requests in flight, unprocessed
 * items sent again with a backoff. `write` waits only when every slot is busy (backpressure: a generator never
 * builds more than a few requests ahead). Items are plain documents (ElectroDB's `put(...).params().Item`).
 */
export function batchWriter(table: string, options: { concurrency?: number } = {}) {
  const concurrency = options.concurrency ?? 8;
  const inFlight = new Set<Promise<void>>();
  let buffer: Request[] = [];
  let written = 0;
  let requests = 0;
  let failure: unknown;

  const send = async (batch: Request[]) => {
    let pending = batch;
    for (let round = 0; pending.length > 0; round += 1) {
      if (round === MAX_ROUNDS) throw new Error(`BatchWriteItem: items unprocessed after ${round} rounds`);
      if (round > 0) await sleep(Math.min(20 * 2 ** round, 1000));
      requests += 1;
      const answer = (await callDynamo('BatchWriteItem', { RequestItems: { [table]: pending } })) as {
        UnprocessedItems?: Record<string, Request[]>;
      };
      pending = answer.UnprocessedItems?.[table] ?? [];
    }
    written += batch.length;
  };
  const launch = (batch: Request[]) => {
    const running: Promise<void> = send(batch)
      .catch((error: unknown) => {
        failure ??= error;
      })
      .finally(() => inFlight.delete(running));
    inFlight.add(running);
  };
  const check = () => {
    if (failure) throw failure;
  };

  return {
    async write(items: readonly Item[]): Promise<void> {
      for (const Item of items) {
        buffer.push({ PutRequest: { Item } });
        if (buffer.length < PER_REQUEST) continue;
        launch(buffer);
        buffer = [];
        while (inFlight.size >= concurrency) await Promise.race(inFlight);
        check();
      }
    },
    /** Sends what is buffered and waits for every request in flight. */
    async flush(): Promise<void> {
      if (buffer.length > 0) launch(buffer);
      buffer = [];
      while (inFlight.size > 0) await Promise.race(inFlight);
      check();
    },
    written: () => written,
    requests: () => requests,
  };
}
export type BatchWriter = ReturnType<typeof batchWriter>;
