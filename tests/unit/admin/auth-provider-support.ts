import type { Me } from '#functions/identity/schemas/auth';
import { createAuthProvider } from '../../../admin/src/auth/authProvider';

/** The fake API, storage and user that the admin auth provider tests share. */
export interface ApiCall {
  method: string;
  path: string;
  headers: Headers;
  body: unknown;
}

/** A fake fetch answering from `reply`, recording each call. */
export function fakeFetch(reply: (call: ApiCall) => { status?: number; body?: unknown }) {
  const calls: ApiCall[] = [];
  const fetch = async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const call: ApiCall = {
      method: init.method ?? 'GET',
      path: new URL(String(input), 'http://console.test').pathname,
      headers: new Headers(init.headers),
      body: typeof init.body === 'string' ? JSON.parse(init.body) : undefined,
    };
    calls.push(call);
    const { status = 200, body } = reply(call);
    return new Response(status === 204 || body === undefined ? null : JSON.stringify(body), { status });
  };
  return { fetch: fetch as typeof globalThis.fetch, calls };
}

/** Web Storage over a Map. */
export function memoryStorage() {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key),
  };
}

export function makeUser(overrides: Partial<Me> = {}): Me {
  return {
    id: 'U1',
    username: 'wujin.admin',
    name: '王建国',
    role: 'districtAdmin',
    scope: { districtId: 'wujin' },
    isPrincipal: false,
    mustChangePassword: false,
    ...overrides,
  };
}

export const NOW = new Date('2026-03-01T08:00:00Z');

/** An auth provider over fake storage and a fake API that accepts `user`'s login. */
export function setUp(
  options: { user?: Me; reply?: (call: ApiCall) => { status?: number; body?: unknown } } = {},
) {
  const storage = memoryStorage();
  const reasons = memoryStorage();
  const user = options.user ?? makeUser();
  const api = fakeFetch(
    options.reply ??
      ((call) =>
        call.path === '/api/auth/login'
          ? { body: { token: 'jwt-1', expiresAt: '2026-03-01T16:00:00Z', user } }
          : { status: 204 }),
  );
  const provider = createAuthProvider({ fetch: api.fetch, storage, reasonStorage: reasons, now: () => NOW });
  return { provider, storage, reasons, api };
}
