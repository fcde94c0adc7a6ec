import { HttpError } from 'react-admin';
import type { ErrorBody, FieldError } from '#functions/platform/schemas/common';

/** Where the console keeps the session token (written by the login page). */
export const TOKEN_KEY = 'changan.token';

export interface ApiClientOptions {
  /** Prefix of every API path. @default '/api' */
  readonly baseUrl?: string;
  /** The fetch to call; tests pass a fake. @default globalThis.fetch */
  readonly fetch?: typeof fetch;
  /** Reads the session token. @default localStorage[TOKEN_KEY] */
  readonly getToken?: () => string | null;
}

export interface ApiRequest {
  readonly method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  readonly body?: unknown;
  readonly signal?: AbortSignal;
}

/** Calls `<baseUrl><path>` and returns the parsed JSON body, or throws a react-admin HttpError in Chinese. */
export type ApiClient = <T>(path: string, request?: ApiRequest) => Promise<T>;

function storedToken(): string | null {
  try {
    return globalThis.localStorage?.getItem(TOKEN_KEY) ?? null;
  } catch {
    return null; // storage disabled (private mode, sandboxed frame)
  }
}

export function createApiClient(options: ApiClientOptions = {}): ApiClient {
  const { baseUrl = '/api', getToken = storedToken } = options;
  const fetchFn = options.fetch ?? ((input, init) => globalThis.fetch(input, init));

  return async <T>(path: string, request: ApiRequest = {}): Promise<T> => {
    const headers = new Headers({ accept: 'application/json' });
    const token = getToken();
    if (token) headers.set('authorization', `Bearer ${token}`);
    if (request.body !== undefined) headers.set('content-type', 'application/json');
    let response: Response;
    try {
      response = await fetchFn(`${baseUrl}${path}`, {
        method: request.method ?? 'GET',
        headers,
        body: request.body === undefined ? undefined : JSON.stringify(request.body),
        signal: request.signal,
      });
    } catch (error) {
      if (request.signal?.aborted) throw error; // react-query cancelled the request: not a failure
      throw new HttpError('无法连接服务器，请检查网络后重试', 0, null);
    }
    const body = await readBody(response);
    if (!response.ok) throw toHttpError(response.status, body);
    return body as T;
  };
}

async function readBody(response: Response): Promise<unknown> {
  const text = await response.text();
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text; // a proxy's HTML error page, for instance
  }
}

function isErrorBody(body: unknown): body is ErrorBody {
  const error = (body as ErrorBody | null)?.error;
  return typeof error === 'object' && error !== null && typeof error.message === 'string';
}

function fallbackMessage(status: number): string {
  if (status === 401) return '登录已失效，请重新登录';
  if (status === 403) return '当前账号无权执行此操作';
  if (status === 404) return '记录不存在或无权查看';
  if (status >= 500) return `服务暂时不可用（HTTP ${status}），请稍后重试`;
  return `请求失败（HTTP ${status}），请稍后重试`;
}

/**
 * The API's Chinese message becomes the notification; its field errors become `body.errors`, the shape
 * react-admin forms read to show server-side validation under each input (`body.name` → `name`).
 */
export function toHttpError(status: number, body: unknown): HttpError {
  if (!isErrorBody(body)) return new HttpError(fallbackMessage(status), status, body ?? null);
  const errors = formErrors(body.error.fields ?? []);
  const httpBody = Object.keys(errors).length > 0 ? { ...body, errors } : body;
  return new HttpError(body.error.message, status, httpBody);
}

type NestedErrors = { [key: string]: string | NestedErrors };

function formErrors(fields: readonly FieldError[]): NestedErrors {
  const errors: NestedErrors = {};
  for (const field of fields) {
    const [location, ...segments] = field.path.split('.');
    const last = segments.pop();
    if (location !== 'body' || last === undefined) continue; // query/path errors stay in the message
    let node = errors;
    for (const segment of segments) {
      let child = node[segment];
      if (typeof child !== 'object') {
        child = {};
        node[segment] = child;
      }
      node = child;
    }
    node[last] ??= field.message;
  }
  return errors;
}
