/** Where a page starts: `null` is the beginning of the list. */
export type PageStart = { readonly page: number; readonly cursor: string | null };

/** Whose cursors these are, and where they outlive a reload (sessionStorage: one tab, gone with it). */
export interface CursorStore {
  /** Whose session the cursors belong to: a cursor names a partition of that user's scope, never another's. */
  readonly owner: () => string | null;
  readonly storage?: Pick<Storage, 'getItem' | 'setItem'>;
}

export const CURSORS_KEY = 'changan.cursors';
type Saved = [string, [number, string][]][];

/**
 * Remembers, per list query (resource + filter + sort + page size), the cursor that starts each page.
 * DynamoDB-backed lists can only continue from a cursor, never jump to an offset, so page N+1 needs page N's
 * `nextCursor`. The least recently used queries are forgotten past `maxQueries`. With a `store`, a reload of
 * page N reads that page alone instead of pages 1…N again; cursors of another session are not used.
 */
export class CursorPages {
  private readonly queries = new Map<string, Map<number, string>>();

  constructor(
    private readonly maxQueries = 100,
    private readonly store?: CursorStore,
  ) {
    this.load();
  }

  /** The known page closest to (at or before) `page` to start reading from; page 1 is always known. */
  nearestStart(listQuery: string, page: number): PageStart {
    const cursors = this.touch(this.keyOf(listQuery));
    for (let candidate = page; candidate > 1; candidate--) {
      const cursor = cursors?.get(candidate);
      if (cursor !== undefined) return { page: candidate, cursor };
    }
    return { page: 1, cursor: null };
  }

  /** Records what a read of `page` said about the next one; a last page forgets any pages after it. */
  remember(listQuery: string, page: number, nextCursor: string | null): void {
    const query = this.keyOf(listQuery);
    let cursors = this.touch(query);
    if (!cursors) {
      cursors = new Map();
      this.queries.set(query, cursors);
      this.evictOldest();
    }
    if (nextCursor !== null) cursors.set(page + 1, nextCursor);
    else for (const known of [...cursors.keys()]) if (known > page) cursors.delete(known);
    this.save();
  }

  /** The query as this session's: after logging in as someone else, earlier cursors are not theirs. */
  private keyOf(listQuery: string): string {
    return `${this.store?.owner() ?? ''}|${listQuery}`;
  }

  private load(): void {
    try {
      const saved = JSON.parse(this.store?.storage?.getItem(CURSORS_KEY) ?? '[]') as Saved;
      for (const [query, pages] of saved) this.queries.set(query, new Map(pages));
      this.evictOldest();
    } catch {
      // unreadable storage: start without cursors, as before a reload
    }
  }

  private save(): void {
    const saved: Saved = [...this.queries].map(([query, pages]) => [query, [...pages]]);
    try {
      this.store?.storage?.setItem(CURSORS_KEY, JSON.stringify(saved));
    } catch {
      // storage full or disabled: the cursors stay in memory
    }
  }

  /** Moves a query to the most-recently-used end. */
  private touch(query: string): Map<number, string> | undefined {
    const cursors = this.queries.get(query);
    if (cursors) {
      this.queries.delete(query);
      this.queries.set(query, cursors);
    }
    return cursors;
  }

  private evictOldest(): void {
    while (this.queries.size > this.maxQueries) {
      const oldest = this.queries.keys().next();
      if (oldest.done) return;
      this.queries.delete(oldest.value);
    }
  }
}

/** A stable key for a list query: the same filter in another key order is the same query. */
export function listQueryKey(resource: string, perPage: number, sort: unknown, filter: unknown): string {
  return JSON.stringify([resource, perPage, sort ?? null, sortKeys(filter ?? {})]);
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([key, nested]) => [key, sortKeys(nested)]),
  );
}
