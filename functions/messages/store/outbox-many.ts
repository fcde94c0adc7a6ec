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

export interface EnqueueAllOptions {
  /**
   * Keys the caller knows no earlier run has asked for (a job's first attempt of a period, `firstAttempt`):
   * they are put without the pre-read. Their put's condition still holds, so a wrong guess costs a failed put,
   * never a second message.
   */
  unread?: ReadonlySet<string>;
}

/**
 * Enqueues many messages for a job (the dust ladder: hundreds an evening): every entry rendered first (a bad one
 * throws before anything is written), the keys already in the outbox found with batched reads (100 a request),
 * then only the missing ones put, each with `attribute_not_exists` (a concurrent run that put it first wins and
 * this one does not count it). Returns the keys this call created. A repeat run reads and writes nothing else.
 */
export async function enqueueAll(
  entries: readonly EnqueueEntry[],
  now: Date,
  options: EnqueueAllOptions = {},
): Promise<Set<string>> {
  const items = new Map(entries.map(({ key, input }) => [key, pendingMessage(key, input, now)]));
  const created = new Set<string>();
  if (items.size === 0) return created;
  const toRead = [...items].filter(([key]) => !options.unread?.has(key));
  // Keys left unprocessed by the batch read count as missing: the conditional put settles them.
  const { data: found } =
    toRead.length > 0
      ? await message
          .get(toRead.map(([, { messageId }]) => ({ messageId })))
          .go({ attributes: ['messageId'] })
      : { data: [] };
  const existing = new Set(found.map(({ messageId }) => messageId));
  const missing = [...items].filter(([, item]) => !existing.has(item.messageId));
  await mapLimit(missing, WRITERS, async ([key, item]) => {
    try {
      // originalErr: no stack-trace error built per call (ElectroDB makes one on every go() otherwise)
      await message.create(item).go({ response: 'none', originalErr: true });
      created.add(key);
    } catch (error) {
      if (!isConditionFailure(error)) throw error;
    }
  });
  return created;
}
