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
import type * as z from 'zod';
import type { EnterpriseFilter } from '#functions/enterprises/schemas/enterprises';
import type {
  exportTaskSchema,
  importCreatedSchema,
  importCreateSchema,
  importTaskSchema,
} from '#functions/enterprises/schemas/transfers';
import type { passwordResetResultSchema, User } from '#functions/identity/schemas/users';
import type { Message } from '#functions/messages/schemas';
import { CursorPages, type CursorStore, listQueryKey } from './api/cursorPages';
import { type ApiClient, type ApiClientOptions, createApiClient, TOKEN_KEY } from './api/httpClient';
import { browserStorage } from './auth/session';

export type ImportRequest = z.input<typeof importCreateSchema>;
export type ImportStarted = z.infer<typeof importCreatedSchema>;
export type ImportTask = z.infer<typeof importTaskSchema>;
export type ExportTask = z.infer<typeof exportTaskSchema>;
export type PasswordReset = z.infer<typeof passwordResetResultSchema>;

/** react-admin's methods plus the routes that are not record CRUD (transfers, account actions, messages). */
export interface ConsoleDataProvider extends DataProvider {
  /** POST /api/enterprise-imports: the task and where to upload the file. */
  startEnterpriseImport(request: ImportRequest): Promise<ImportStarted>;
  /** GET /api/enterprise-imports/{id}: progress, counts and the first row errors. */
  getEnterpriseImport(id: string, signal?: AbortSignal): Promise<ImportTask>;
  /** POST /api/enterprise-exports with the list's filter. */
  startEnterpriseExport(filter: Record<string, unknown>): Promise<ExportTask>;
  /** GET /api/enterprise-exports/{id}: progress, then the download URL. */
  getEnterpriseExport(id: string, signal?: AbortSignal): Promise<ExportTask>;
  /** POST /api/users/{id}/status: 停用 (disabled true) or 启用. */
  setUserDisabled(id: Identifier, disabled: boolean): Promise<User>;
  /** POST /api/users/{id}/password-reset: a temporary password, shown once. */
  resetUserPassword(id: Identifier): Promise<PasswordReset>;
  /** POST /api/users/{id}/unlock: lifts the user's login lock; the user as it is now. */
  unlockUser(id: Identifier): Promise<User>;
  /** POST /api/messages/{id}/resend: a given-up (DEAD) message back to the outbox. */
  resendMessage(id: Identifier): Promise<Message>;
  /** POST /api/messages/test: a test SMS to `phone` (city administrator); the queued message. */
  sendTestMessage(phone: string): Promise<Message>;
}

const exportFilterKeys = ['districtId', 'townId', 'gridId', 'industry', 'status', 'flag', 'q'] as const;

/** The list's filter as POST /api/enterprise-exports takes it: known fields only, empty ones left out. */
export function toExportFilter(filter: Record<string, unknown>): EnterpriseFilter {
  const result: Record<string, string> = {};
  for (const key of exportFilterKeys) {
    const value = filter[key];
    if (typeof value === 'string' && value.trim() !== '') result[key] = value.trim();
  }
  return result as EnterpriseFilter;
}

/** What every list route answers (`page()` in functions/lib/respond.ts). */
interface CursorPage<T> {
  data: T[];
  nextCursor: string | null;
}

export interface DataProviderOptions extends ApiClientOptions {
  /** How many list queries keep their page cursors. @default 100 */
  readonly maxCachedQueries?: number;
  /** Whose cursors they are and where they outlive a reload. @default in memory, one owner */
  readonly cursorStore?: CursorStore;
}

const DEFAULT_PER_PAGE = 25;
/** Lists cap their page size at 100 (QUALITY.md). */
const API_MAX_PAGE = 100;

/**
 * Query string of a list request: `limit`, `cursor`, `sort`, `order` (asc|desc), then one parameter per filter.
 * Arrays are comma-joined, as API Gateway joins repeated parameters anyway. Empty values (blank text, empty
 * lists) are left out: the API refuses an empty filter rather than reading it as "no filter".
 */
function listSearch(limit: number, cursor: string | null, params: GetListParams): string {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(params.filter ?? {})) {
    if (value === undefined || value === null) continue;
    if (typeof value === 'string' && value.trim() === '') continue;
    if (Array.isArray(value) && value.length === 0) continue;
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
export function createDataProvider(options: DataProviderOptions = {}): ConsoleDataProvider {
  const api: ApiClient = createApiClient(options);
  const cursors = new CursorPages(options.maxCachedQueries, options.cursorStore);
  const recordPath = (resource: string, id: Identifier) => `/${resource}/${encodeURIComponent(String(id))}`;
  const post = <T>(path: string, body?: unknown) => api<T>(path, { method: 'POST', body: body ?? {} });

  /**
   * More than the API's 100 per page (react-admin's export asks for thousands): read every page of the query
   * from the start, 100 at a time, until `limit` rows or the end.
   */
  async function readAll(resource: string, params: GetListParams, limit: number): Promise<GetListResult> {
    const data: RaRecord[] = [];
    let cursor: string | null = null;
    do {
      const path = `/${resource}?${listSearch(API_MAX_PAGE, cursor, params)}`;
      const result: CursorPage<RaRecord> = await api<CursorPage<RaRecord>>(path, { signal: params.signal });
      data.push(...result.data);
      cursor = result.nextCursor ?? null;
    } while (cursor !== null && data.length < limit);
    return { data: data.slice(0, limit), pageInfo: { hasNextPage: cursor !== null, hasPreviousPage: false } };
  }

  /** Reads forward from the nearest page whose cursor is known, so a jump to page N still lands right. */
  async function getPage(resource: string, params: GetListParams): Promise<GetListResult> {
    const page = params.pagination?.page ?? 1;
    const perPage = params.pagination?.perPage ?? DEFAULT_PER_PAGE;
    if (perPage > API_MAX_PAGE && page === 1) return readAll(resource, params, perPage);
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

    startEnterpriseImport: (request) => post<ImportStarted>('/enterprise-imports', request),
    getEnterpriseImport: (id, signal) => api<ImportTask>(recordPath('enterprise-imports', id), { signal }),
    startEnterpriseExport: (filter) =>
      post<ExportTask>('/enterprise-exports', { filter: toExportFilter(filter) }),
    getEnterpriseExport: (id, signal) => api<ExportTask>(recordPath('enterprise-exports', id), { signal }),
    setUserDisabled: (id, disabled) => post<User>(`${recordPath('users', id)}/status`, { disabled }),
    resetUserPassword: (id) => post<PasswordReset>(`${recordPath('users', id)}/password-reset`),
    unlockUser: (id) => post<User>(`${recordPath('users', id)}/unlock`),
    resendMessage: (id) => post<Message>(`${recordPath('messages', id)}/resend`),
    sendTestMessage: (phone) => post<Message>('/messages/test', { phone }),
  };
}

/**
 * The console's: cursors per session (the token's signature tells sessions apart) in sessionStorage, so that a
 * reload of page N reads one page, not N.
 */
export const dataProvider = createDataProvider({
  cursorStore: {
    owner: () => browserStorage('localStorage')?.getItem(TOKEN_KEY)?.slice(-16) ?? null,
    storage: browserStorage('sessionStorage'),
  },
});
