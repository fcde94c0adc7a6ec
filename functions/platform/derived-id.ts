import { createHash } from 'node:crypto';
import { ulid } from 'ulid';

/**
 * A ULID whose random part comes from `seed`: the same seed and time give the same id, so a worker that runs
 * again after a crash writes the same items instead of new ones (ARCHITECTURE.md §6, idempotency keys).
 */
export function derivedId(seed: string, at: Date): string {
  const bytes = createHash('sha256').update(seed).digest();
  let next = 0;
  return ulid(at.getTime(), () => (bytes[next++ % bytes.length] ?? 0) / 256);
}
