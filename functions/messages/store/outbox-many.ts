import { message } from '#functions/messages/store/entities/message';
import { type EnqueueInput, pendingMessage } from '#functions/messages/store/outbox';
import { mapLimit } from '#functions/platform/concurrency';
import { isConditionFailure } from '#functions/platform/conditions';

/** Conditional puts in flight. */
const WRITERS = 16;

export interface EnqueueEntry {
  key: string;
  input: EnqueueInput;
}

/**
 * Enqueues many messages for a job (the dust ladder: hundreds an evening): every entry rendered first (a bad one
 * throws before anything is written), the keys already in the outbox found with batched reads (100 a request),
 * then only the missing ones put, each with `attribute_not_exists` (a concurrent run that put it first wins and
 * this one does not count it). Returns the keys this call created. A repeat run reads and writes nothing else.
 */
export async function enqueueAll(entries: readonly EnqueueEntry[], now: Date): Promise<Set<string>> {
  const items = new Map(entries.map(({ key, input }) => [key, pendingMessage(key, input, now)]));
  const created = new Set<string>();
  if (items.size === 0) return created;
  // Keys left unprocessed by the batch read count as missing: the conditional put settles them.
  const { data: found } = await message
    .get([...items.values()].map(({ messageId }) => ({ messageId })))
    .go({ attributes: ['messageId'] });
  const existing = new Set(found.map(({ messageId }) => messageId));
  const missing = [...items].filter(([, item]) => !existing.has(item.messageId));
  await mapLimit(missing, WRITERS, async ([key, item]) => {
    try {
      await message.create(item).go({ response: 'none' });
      created.add(key);
    } catch (error) {
      if (!isConditionFailure(error)) throw error;
    }
  });
  return created;
}
