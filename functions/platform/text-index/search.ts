import type { TableSpec } from '#functions/platform/manifest-types';
import {
  type ListRequest,
  type Page,
  type PartitionQuery,
  readPagesCounted,
} from '#functions/platform/pager';
import { presenceOf } from '#functions/platform/text-index/presence';
import type { TokenQuery } from '#functions/platform/text-index/tokens';

/** What a capability gives the search of its name index: its partitions in scope, their queries, the records. */
export interface TokenIndex<T, R> {
  /** The index's name in the presence items (`presence.ts`). */
  kind: string;
  /** The table its tokens lie in. */
  table: TableSpec;
  /** The partitions in scope, in list order: one district, or every partition of the city. */
  parts: readonly string[];
  /**
   * The query of `token` in partition `part`. With `match`, it also filters the tokens on the caller's filters
   * and on the whole search text `match.key`; without, it is the bare key range (a probe: any token at all?).
   */
  queryOf(part: string, token: string, match?: { key: string | null }): PartitionQuery<T>;
  /** Whether the queries `queryOf(part, token, { key: null })` give carry a filter expression. */
  filtered: boolean;
  /** The records behind a page of tokens that still fit them (the index may be stale), in the tokens' order. */
  recordsOf(tokens: T[]): Promise<R[]>;
}

const MAX_READS = 10;

/** The partitions where every one of `tokens` occurs: by one presence Query per token (several partitions). */
async function partsWithAll(index: TokenIndex<unknown, unknown>, tokens: readonly string[]) {
  const presence = await presenceOf(index.kind, tokens);
  return new Set(index.parts.filter((part) => tokens.every((token) => presence.get(token)?.has(part))));
}

/** The partitions where every one of `tokens` has an item: one probe Query per token (a single partition). */
async function partWithAll(index: TokenIndex<unknown, unknown>, tokens: readonly string[]) {
  const [part] = index.parts as [string];
  const answers = await Promise.all(
    tokens.map((token) =>
      index.queryOf(part, token).go({ cursor: null, limit: 1, pages: 1, order: 'asc', data: 'includeKeys' }),
    ),
  );
  return new Set(answers.every((answer) => answer.data.length > 0) ? [part] : []);
}

const partsHolding = (index: TokenIndex<unknown, unknown>, tokens: readonly string[]) =>
  index.parts.length > 1 ? partsWithAll(index, tokens) : partWithAll(index, tokens);

/** A partition where the search's tokens do not all occur: its place in the list (and cursor), no request. */
const nothingIn = <T>(query: PartitionQuery<T>): PartitionQuery<T> => ({
  params: () => query.params(),
  go: async () => ({ data: [], cursor: null }),
  empty: true,
});

/**
 * One page of a search through a name index (`tokens.ts`): the tokens under the search's first token whose
 * text contains the whole search, their records read and checked, through the one pager (its cursor is checked
 * against the first token's partitions). A city-wide search first asks which districts have that token and
 * reads only those. When the first round leaves the page short, the search's other tokens are looked up once:
 * where one of them does not occur, nothing can match. So a name nobody has costs a small query or two, never
 * a walk of the districts.
 */
export async function searchPage<T, R>(
  query: TokenQuery,
  index: TokenIndex<T, R>,
  request: ListRequest,
): Promise<Page<R>> {
  const [first, ...others] = query.tokens as [string, ...string[]];
  const several = index.parts.length > 1;
  let candidates = several ? await partsWithAll(index, [first]) : new Set(index.parts);
  if (candidates.size === 0 && !request.cursor) return { data: [], nextCursor: null };
  const match = { key: query.exact ? null : query.key };
  const queries = index.parts.map((part) => index.queryOf(part, first, match));
  const partitions = () =>
    index.parts.map((part, i) => {
      const partQuery = queries[i] as PartitionQuery<T>;
      return { table: index.table, query: candidates.has(part) ? partQuery : nothingIn(partQuery) };
    });
  const maxReads = request.maxReads ?? MAX_READS;
  const found: R[] = [];
  let [cursor, reads, probed] = [request.cursor, 0, others.length === 0];
  do {
    const chunk = await readPagesCounted(partitions(), {
      limit: request.limit - found.length,
      cursor,
      filtered: !query.exact || index.filtered,
      order: 'asc',
      prefetch: true,
      maxReads: probed ? maxReads - reads : 1,
    });
    reads += Math.max(chunk.reads, 1);
    found.push(...(await index.recordsOf(chunk.data)));
    cursor = chunk.nextCursor ?? undefined;
    if (!probed && cursor && found.length < request.limit) {
      probed = true;
      const holding = await partsHolding(index, others);
      candidates = new Set([...candidates].filter((part) => holding.has(part)));
      if (candidates.size === 0) return { data: found, nextCursor: null };
    }
  } while (cursor && found.length < request.limit && reads < maxReads);
  return { data: found, nextCursor: cursor ?? null };
}
