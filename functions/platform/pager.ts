import { DomainError } from '#functions/platform/errors';

export interface PageRequest {
  limit: number;
  cursor?: string | undefined;
}

export interface PageOptions {
  /** Items to give out. */
  count: number;
  /** Items DynamoDB reads per request: the page size, or more when a filter drops items. */
  limit: number;
  cursor: string | null;
  order: 'asc' | 'desc';
}

export interface Page<T> {
  data: T[];
  nextCursor: string | null;
}

export const emptyPage = <T>(): Page<T> => ({ data: [], nextCursor: null });

/**
 * Runs one ElectroDB query page: `count` keeps reading until the page is full even when a filter drops items,
 * and the cursor ElectroDB returns points after the last item given out. A cursor that does not decode, or that
 * DynamoDB refuses as a start key for this query, is the caller's mistake: 400, not 500.
 */
export async function readPage<T, R>(
  run: (options: PageOptions) => Promise<{ data: T[]; cursor: string | null }>,
  request: PageRequest & { filtered?: boolean; order?: 'asc' | 'desc' },
  view: (item: T) => R,
): Promise<Page<R>> {
  if (request.cursor && !isCursor(request.cursor)) throw invalidCursor();
  const limit = request.filtered ? 500 : request.limit;
  try {
    const { data, cursor } = await run({
      count: request.limit,
      limit,
      cursor: request.cursor ?? null,
      order: request.order ?? 'desc',
    });
    return { data: data.map(view), nextCursor: cursor ?? null };
  } catch (error) {
    if (/start(ing)? key|ExclusiveStartKey|cursor/i.test(String((error as Error).message)))
      throw invalidCursor();
    throw error;
  }
}

function isCursor(cursor: string): boolean {
  try {
    const key: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    return typeof key === 'object' && key !== null && Object.values(key).every((v) => typeof v === 'string');
  } catch {
    return false;
  }
}

// Same code and message as the enterprise lists' cursors (lib/cursor.ts).
const invalidCursor = () =>
  new DomainError(400, 'INVALID_CURSOR', '分页位置无效或已过期，请回到第一页重新加载', [
    { path: 'query.cursor', message: '分页位置无效，请从第一页重新加载', code: 'invalid_cursor' },
  ]);
