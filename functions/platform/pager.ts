import * as z from 'zod';
import { DomainError } from '#functions/platform/errors';
import type { TableSpec } from '#functions/platform/manifest-types';

export interface PageRequest {
  limit: number;
  cursor?: string | undefined;
}

export interface Page<T> {
  data: T[];
  nextCursor: string | null;
}

/** A list cursor that does not decode or does not belong to the list it was sent to: 400, never 500. */
export class InvalidCursorError extends DomainError {
  constructor() {
    super(400, 'INVALID_CURSOR', '分页位置无效或已过期，请回到第一页重新加载', [
      { path: 'query.cursor', message: '分页位置无效，请从第一页重新加载', code: 'invalid_cursor' },
    ]);
  }
}

type Keys = Record<string, string>;

/** The options the pager runs an ElectroDB query with: one DynamoDB response, with the items' index keys. */
export interface ReadOptions {
  cursor: string | null;
  limit: number;
  pages: 1;
  order: 'asc' | 'desc';
  data: 'includeKeys';
}

/** What the pager needs of a built ElectroDB query (key condition, optional `where`): its parameters and `go`. */
export interface PartitionQuery<T> {
  params(): object;
  go(options: ReadOptions): Promise<{ data: T[]; cursor: string | null }>;
  /** Known to hold nothing for this list (a search's district without its tokens): skipped, no request. */
  empty?: boolean;
}

/** One index partition a list reads: the table it lies in and the query whose key condition names it. */
export interface Partition<T> {
  table: TableSpec;
  query: PartitionQuery<T>;
}

export interface ListRequest extends PageRequest {
  /** A filter expression may drop items: read more per request than the page needs. */
  filtered?: boolean;
  /** @default 'desc' */
  order?: 'asc' | 'desc';
  /** DynamoDB requests one page may make before it answers with what it has and a cursor. @default 10 */
  maxReads?: number;
  /**
   * When the first request leaves the page short, sends the first request of every partition still to read at
   * once and takes their answers in order: for lists whose partitions are mostly small or empty (a search's
   * districts), so that a page costs about two round trips however many partitions it walks. The answers the
   * page then does not need were read for nothing.
   */
  prefetch?: boolean;
}

/** At most this many items a request evaluates when a filter expression may drop most of them (~300 KB). */
const FILTERED_READ = 500;
const MAX_READS = 10;

/**
 * How many items the next request of a filtered read evaluates: twice what the page misses at first, then what
 * the filter's pass rate so far says the rest needs (a quarter more), between that and FILTERED_READ. A filter
 * that keeps most items costs about one page-sized request; a rare one grows to FILTERED_READ at the second.
 */
export function filteredReadSize(want: number, evaluated: number, kept: number): number {
  const guess = evaluated === 0 ? want * 2 : Math.ceil((want * 1.25 * evaluated) / Math.max(kept, 1));
  return Math.max(want, Math.min(guess, FILTERED_READ));
}

/** Where a list goes on: partition `p` of the list's partitions, after the item with index keys `k`. */
const positionSchema = z.strictObject({
  p: z.number().int().min(0),
  k: z.record(z.string(), z.string()).nullable(),
});
type Position = z.infer<typeof positionSchema>;

const encode = (value: unknown) => Buffer.from(JSON.stringify(value), 'utf8').toString('base64url');

function decodePosition(cursor: string): Position {
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw new InvalidCursorError();
  }
  const parsed = positionSchema.safeParse(value);
  if (!parsed.success) throw new InvalidCursorError();
  return parsed.data;
}

/** The key a start key in a partition must have: exactly `names`, the partition's value, the sort-key range. */
interface KeyShape {
  names: string[];
  partitionKey: string;
  partitionValue: string;
  sortKey: string;
  sortPrefix?: string;
  sortRange?: [string, string];
  /** A `>` condition on the sort key: the range starts after this. */
  sortAfter?: string;
}

interface QueryParams {
  IndexName?: string;
  KeyConditionExpression?: string;
  ExpressionAttributeNames?: Record<string, string>;
  ExpressionAttributeValues?: Record<string, unknown>;
}

/** The key shape of a partition, from the DynamoDB request ElectroDB builds for it (no request is made). */
function keyShapeOf(partition: Partition<unknown>): KeyShape {
  const { table } = partition;
  const params = partition.query.params() as QueryParams;
  const index = params.IndexName ? table.indexes.find((spec) => spec.name === params.IndexName) : undefined;
  if (params.IndexName && !index)
    throw new Error(`index ${params.IndexName} is not in table ${table.localName}`);
  const partitionKey = index?.partitionKey ?? table.partitionKey;
  const sortKey = index?.sortKey ?? table.sortKey;
  const names = params.ExpressionAttributeNames ?? {};
  const values = params.ExpressionAttributeValues ?? {};
  const partitionValue = values[':pk'];
  if (names['#pk'] !== partitionKey || typeof partitionValue !== 'string')
    throw new Error(`the query does not name one partition of ${partitionKey}`);
  const condition = params.KeyConditionExpression ?? '';
  const [from, to] = [values[':sk1'], values[':sk2']];
  const onSortKey = names['#sk1'] === sortKey && typeof from === 'string';
  return {
    names: [...new Set([table.partitionKey, table.sortKey, partitionKey, sortKey])],
    partitionKey,
    partitionValue,
    sortKey,
    ...(onSortKey && condition.includes('begins_with(#sk1, :sk1)') ? { sortPrefix: from } : {}),
    ...(onSortKey && typeof to === 'string' && /#sk1 BETWEEN :sk1 AND :sk2/i.test(condition)
      ? { sortRange: [from, to] as [string, string] }
      : {}),
    ...(onSortKey && /#sk1 > :sk1/.test(condition) ? { sortAfter: from } : {}),
  };
}

/** Whether `key` can be a start key in the partition of `shape`: a forged or foreign one cannot reach others. */
function fitsShape(shape: KeyShape, key: Keys): boolean {
  const names = Object.keys(key);
  if (names.length !== shape.names.length || !shape.names.every((name) => typeof key[name] === 'string'))
    return false;
  if (key[shape.partitionKey] !== shape.partitionValue) return false;
  const sort = key[shape.sortKey] as string;
  if (shape.sortPrefix !== undefined && !sort.startsWith(shape.sortPrefix)) return false;
  if (shape.sortRange && (sort < shape.sortRange[0] || sort > shape.sortRange[1])) return false;
  if (shape.sortAfter !== undefined && sort <= shape.sortAfter) return false;
  return true;
}

/** Checks a cursor against the partitions of this very list before any request. */
function startPosition(partitions: readonly Partition<unknown>[], cursor: string | undefined): Position {
  if (!cursor) return { p: 0, k: null };
  const position = decodePosition(cursor);
  const partition = partitions[position.p];
  if (!partition) throw new InvalidCursorError();
  if (position.k && !fitsShape(keyShapeOf(partition), position.k)) throw new InvalidCursorError();
  return position;
}

const pick = (item: object, names: readonly string[]): Keys =>
  Object.fromEntries(names.map((name) => [name, String((item as Record<string, unknown>)[name])]));

function keysOfCursor(cursor: string): Keys {
  return JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as Keys;
}

/**
 * One page of a list that reads `partitions` in order (one partition for most lists; the enterprise lists walk
 * several). The cursor says which partition and after which key to go on, and is checked against the partition
 * it names before any request: a cursor that does not decode, names another index or another partition than
 * this list reads for this caller is 400 INVALID_CURSOR. A filter expression can make a DynamoDB response short,
 * so it keeps reading until the page is full, the partitions are exhausted or `maxReads` requests were made;
 * the cursor then says where to go on (a page may be short, never wrong).
 */
export async function readPages<T, R>(
  partitions: readonly Partition<T>[],
  request: ListRequest,
  view: (item: T) => R,
): Promise<Page<R>> {
  const { data, nextCursor } = await readPagesCounted(partitions, request);
  return { data: data.map(view), nextCursor };
}

/** `readPages` without a view, with the number of DynamoDB requests it made (for readers that go on reading). */
export async function readPagesCounted<T>(
  partitions: readonly Partition<T>[],
  request: ListRequest,
): Promise<Page<T> & { reads: number }> {
  let { p, k } = startPosition(partitions, request.cursor);
  const items: T[] = [];
  const maxReads = request.maxReads ?? MAX_READS;
  let [reads, evaluated] = [0, 0];
  const options = (cursor: Keys | null, limit: number): ReadOptions => ({
    cursor: cursor ? encode(cursor) : null,
    limit,
    pages: 1,
    order: request.order ?? 'desc',
    data: 'includeKeys',
  });
  const ahead = new Map<number, { limit: number; answer: ReturnType<PartitionQuery<T>['go']> }>();
  const sendAhead = (want: number) => {
    const limit = request.filtered ? filteredReadSize(want, evaluated, items.length) : want;
    for (let next = p + 1; next < Math.min(partitions.length, p + maxReads - reads); next += 1) {
      if ((partitions[next] as Partition<T>).query.empty) continue;
      const answer = (partitions[next] as Partition<T>).query.go(options(null, limit));
      answer.catch(() => undefined); // awaited when its partition's turn comes; unused ones must not go unhandled
      ahead.set(next, { limit, answer });
    }
  };
  try {
    for (; reads < maxReads && p < partitions.length && items.length < request.limit; reads += 1) {
      while (p < partitions.length && (partitions[p] as Partition<T>).query.empty) [p, k] = [p + 1, null];
      if (p === partitions.length) break;
      const partition = partitions[p] as Partition<T>;
      const want = request.limit - items.length;
      if (request.prefetch && reads === 1) sendAhead(want);
      const early = k === null ? ahead.get(p) : undefined;
      const limit =
        early?.limit ?? (request.filtered ? filteredReadSize(want, evaluated, items.length) : want);
      const response = await (early?.answer ?? partition.query.go(options(k, limit)));
      evaluated += limit;
      const taken = response.data.slice(0, want);
      items.push(...taken);
      const last = taken.at(-1);
      if (response.data.length > want && last) k = pick(last, keyShapeOf(partition).names);
      else if (response.cursor) k = keysOfCursor(response.cursor);
      else [p, k] = [p + 1, null];
    }
  } catch (error) {
    // Belt and braces: the check above keeps every foreign start key from DynamoDB.
    if (/start(ing)? key|ExclusiveStartKey/i.test(String((error as Error).message)))
      throw new InvalidCursorError();
    throw error;
  }
  return { data: items, nextCursor: p < partitions.length ? encode({ p, k }) : null, reads };
}

/** `readPages` for a list of one partition. */
export const readPage = <T, R>(partition: Partition<T>, request: ListRequest, view: (item: T) => R) =>
  readPages([partition], request, view);

/**
 * A list of at most one page that needs no query (nothing in scope, or the caller's own record): it never gives
 * out a cursor, so any cursor sent to it is invalid.
 */
export function fixedPage<R>(request: PageRequest, data: R[] = []): Page<R> {
  if (request.cursor) throw new InvalidCursorError();
  return { data, nextCursor: null };
}
