import type {
  CreateParams,
  DataProvider,
  DeleteParams,
  GetListParams,
  GetListResult,
  GetManyParams,
  GetOneParams,
  HttpError,
  Identifier,
  RaRecord,
  UpdateParams,
} from 'react-admin';
import { CursorPages, listQueryKey } from './api/cursorPages';
import { type ApiClient, type ApiClientOptions, createApiClient } from './api/httpClient';

/** What every list route answers (`page()` in functions/lib/respond.ts). */
interface CursorPage<T> {
  data: T[];
  nextCursor: string | null;
}

export interface DataProviderOptions extends ApiClientOptions {
  /** How many list queries keep their page cursors. @default 100 */
  readonly maxCachedQueries?: number;
}

const DEFAULT_PER_PAGE = 25;

/**
 * Query string of a list request: `limit`, `cursor`, `sort`, `order` (asc|desc), then one parameter per filter.
 * Arrays are comma-joined, as API Gateway joins repeated parameters anyway; empty values are left out.
 */
function listSearch(limit: number, cursor: string | null, params: GetListParams): string {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(params.filter ?? {})) {
    if (value === undefined || value === null || value === '') continue;
    if (Array.isArray(value)) search.set(name, value.join(','));
    else search.set(name, typeof value === 'object' ? JSON.stringify(value) : String(value));
  }
  search.set('limit', String(limit));
  if (cursor !== null) search.set('cursor', cursor);
  if (params.sort?.field) {
    search.set('sort', params.sort.field);
    search.set('order', params.sort.order === 'DESC' ? 'desc' : 'asc');
  }
  return search.toString();
}

/**
 * The console's data provider for our REST API (ARCHITECTURE.md §6): base `/api`, cursor-paginated lists
 * exposed to react-admin as pages with `pageInfo` (no totals), one record per `GET /api/<res>/<id>`.
 */
export function createDataProvider(options: DataProviderOptions = {}): DataProvider {
  const api: ApiClient = createApiClient(options);
  const cursors = new CursorPages(options.maxCachedQueries);
  const recordPath = (resource: string, id: Identifier) => `/${resource}/${encodeURIComponent(String(id))}`;

  /** Reads forward from the nearest page whose cursor is known, so a jump to page N still lands right. */
  async function getPage(resource: string, params: GetListParams): Promise<GetListResult> {
    const page = params.pagination?.page ?? 1;
    const perPage = params.pagination?.perPage ?? DEFAULT_PER_PAGE;
    const query = listQueryKey(resource, perPage, params.sort, params.filter);
    const start = cursors.nearestStart(query, page);
    let cursor = start.cursor;
    for (let at = start.page; ; at++) {
      const path = `/${resource}?${listSearch(perPage, cursor, params)}`;
      const result = await api<CursorPage<RaRecord>>(path, { signal: params.signal });
      const nextCursor = result.nextCursor ?? null;
      cursors.remember(query, at, nextCursor);
      const hasPreviousPage = page > 1;
      if (at === page)
        return { data: result.data, pageInfo: { hasNextPage: nextCursor !== null, hasPreviousPage } };
      if (nextCursor === null) return { data: [], pageInfo: { hasNextPage: false, hasPreviousPage } };
      cursor = nextCursor;
    }
  }

  const getOne = <R extends RaRecord>(resource: string, id: Identifier, signal?: AbortSignal) =>
    api<R>(recordPath(resource, id), { signal });

  return {
    supportAbortSignal: true,

    getList: (resource, params) => getPage(resource, params),

    getManyReference: (resource, { target, id, filter, ...params }) =>
      getPage(resource, { ...params, filter: { ...filter, [target]: id } }),

    getOne: async <R extends RaRecord>(resource: string, { id, signal }: GetOneParams<R>) => ({
      data: await getOne<R>(resource, id, signal),
    }),

    /** One read per id; records gone or out of scope (404) are left out, as a reference field expects. */
    getMany: async <R extends RaRecord>(resource: string, { ids, signal }: GetManyParams<R>) => {
      const settled = await Promise.allSettled(
        [...new Set(ids)].map((id) => getOne<R>(resource, id, signal)),
      );
      const data: R[] = [];
      for (const outcome of settled) {
        if (outcome.status === 'fulfilled') data.push(outcome.value);
        else if ((outcome.reason as HttpError).status !== 404) throw outcome.reason;
      }
      return { data };
    },

    create: async <R, S extends RaRecord>(resource: string, { data }: CreateParams<R>) => ({
      data: await api<S>(`/${resource}`, { method: 'POST', body: data }),
    }),

    update: async <R extends RaRecord>(resource: string, { id, data, previousData }: UpdateParams<R>) => {
      const saved = await api<R | undefined>(recordPath(resource, id), { method: 'PUT', body: data });
      return { data: saved ?? { ...previousData, ...data, id } };
    },

    updateMany: async (resource, { ids, data }) => {
      await Promise.all(ids.map((id) => api(recordPath(resource, id), { method: 'PUT', body: data })));
      return { data: ids };
    },

    delete: async <R extends RaRecord>(resource: string, { id, previousData }: DeleteParams<R>) => {
      const deleted = await api<R | undefined>(recordPath(resource, id), { method: 'DELETE' });
      return { data: deleted ?? previousData ?? ({ id } as R) };
    },

    deleteMany: async (resource, { ids }) => {
      await Promise.all(ids.map((id) => api(recordPath(resource, id), { method: 'DELETE' })));
      return { data: ids };
    },
  };
}

export const dataProvider = createDataProvider();
