import type { ErrorBody } from '#functions/platform/schemas/common';
import { clearPhoneSession, readPhoneSession } from './session';

/** An API answer that is not 2xx, or no answer at all (`status` 0), with the message to show in Chinese. */
export class ApiError extends Error {
  override name = 'ApiError';
  constructor(
    message: string,
    readonly status: number,
    readonly code?: string,
  ) {
    super(message);
  }
}

/** The console's session (same localStorage keys), so one login serves both the console and the phone. */
export const currentSession = () => readPhoneSession();

function fallbackMessage(status: number): string {
  if (status === 401) return '登录已失效，请重新登录';
  if (status === 403) return '当前账号无权执行此操作';
  if (status === 404) return '记录不存在或无权查看';
  if (status >= 500) return `服务暂时不可用（HTTP ${status}），请稍后重试`;
  return `请求失败（HTTP ${status}），请稍后重试`;
}

export interface ApiRequest {
  readonly method?: 'GET' | 'POST';
  readonly body?: unknown;
  readonly token?: string | null;
}

/** `fetch('/api' + path)` with the session's token; a 401 ends the session, so the next page asks to log in. */
export async function api<T>(path: string, request: ApiRequest = {}): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  const token = request.token === undefined ? currentSession()?.token : request.token;
  if (token) headers.authorization = `Bearer ${token}`;
  if (request.body !== undefined) headers['content-type'] = 'application/json';
  let response: Response;
  try {
    response = await fetch(`/api${path}`, {
      method: request.method ?? 'GET',
      headers,
      body: request.body === undefined ? undefined : JSON.stringify(request.body),
    });
  } catch {
    throw new ApiError('网络不可用，请检查网络后重试', 0);
  }
  const text = await response.text().catch(() => '');
  let body: unknown;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    body = undefined; // a proxy's HTML error page
  }
  if (response.ok) return body as T;
  if (response.status === 401 && token) clearPhoneSession();
  const error = (body as ErrorBody | undefined)?.error;
  throw new ApiError(error?.message ?? fallbackMessage(response.status), response.status, error?.code);
}

/** Worth trying again later: no network, a timeout, throttling, a server error, or a lapsed login. */
export function isTransient(error: unknown): boolean {
  if (!(error instanceof ApiError)) return true;
  return (
    error.status === 0 ||
    error.status === 401 ||
    error.status === 408 ||
    error.status === 429 ||
    error.status >= 500
  );
}
