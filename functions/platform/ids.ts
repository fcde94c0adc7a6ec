import { monotonicFactory } from 'ulid';

const nextUlid = monotonicFactory();

/** New ULID: sortable by creation time, so lists keyed by it come out in order. */
export function newId(at: Date = new Date()): string {
  return nextUlid(at.getTime());
}
