import { HttpError } from 'react-admin';
import { describe, expect, it } from 'vitest';
import type { Me } from '#functions/identity/schemas/auth';
import { createAuthProvider } from '../../../admin/src/auth/authProvider';

interface ApiCall {
  method: string;
  path: string;
  headers: Headers;
  body: unknown;
}

/** A fake fetch answering from `reply`, recording each call. */
function fakeFetch(reply: (call: ApiCall) => { status?: number; body?: unknown }) {
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
function memoryStorage() {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key),
  };
}

function makeUser(overrides: Partial<Me> = {}): Me {
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

const NOW = new Date('2026-03-01T08:00:00Z');

/** An auth provider over fake storage and a fake API that accepts `user`'s login. */
function setUp(options: { user?: Me; reply?: (call: ApiCall) => { status?: number; body?: unknown } } = {}) {
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

const lockout = {
  error: { code: 'TOO_MANY_REQUESTS', message: '连续登录失败 5 次，账号已锁定，请 15 分钟后再试' },
};

describe('admin auth provider: login and logout', () => {
  it('posts the username and password and keeps the token and the user', async () => {
    // Prepare
    const { provider, storage, api } = setUp();

    // Act
    const result = await provider.login({ username: ' wujin.admin ', password: 'Secret123' });

    // Assess
    expect(api.calls.map((call) => `${call.method} ${call.path}`)).toEqual(['POST /api/auth/login']);
    expect(api.calls[0]?.body).toEqual({ username: 'wujin.admin', password: 'Secret123' });
    expect(result).toBeUndefined(); // react-admin goes back to the page that asked for the login
    expect(storage.items.get('changan.token')).toBe('jwt-1');
    expect(JSON.parse(storage.items.get('changan.user') ?? '{}')).toEqual(makeUser());
    expect(storage.items.get('changan.expiresAt')).toBe('2026-03-01T16:00:00Z');
  });

  it('sends a user who must change the password to the change-password page', async () => {
    // Prepare
    const { provider } = setUp({ user: makeUser({ mustChangePassword: true }) });

    // Act
    const result = await provider.login({ username: 'wujin.admin', password: 'Temp1234' });

    // Assess
    expect(result).toEqual({ redirectTo: '/change-password' });
  });

  it("rejects a wrong password with the API's message and keeps nothing", async () => {
    // Prepare
    const { provider, storage } = setUp({
      reply: () => ({
        status: 401,
        body: { error: { code: 'BAD_CREDENTIALS', message: '用户名或密码错误' } },
      }),
    });

    // Act
    const error = await provider
      .login({ username: 'wujin.admin', password: 'nope' })
      .catch((e: unknown) => e);

    // Assess
    expect(error).toBeInstanceOf(HttpError);
    expect(error).toMatchObject({ message: '用户名或密码错误', status: 401 });
    expect(storage.items.size).toBe(0);
  });

  it('shows the lockout message as the API gives it (429)', async () => {
    // Prepare
    const { provider } = setUp({ reply: () => ({ status: 429, body: lockout }) });

    // Act
    const error = await provider
      .login({ username: 'wujin.admin', password: 'nope' })
      .catch((e: unknown) => e);

    // Assess
    expect(error).toMatchObject({ message: lockout.error.message, status: 429 });
  });

  it('forgets the token and the user on logout', async () => {
    // Prepare
    const { provider, storage } = setUp();
    await provider.login({ username: 'wujin.admin', password: 'Secret123' });

    // Act
    await provider.logout({});

    // Assess
    expect(storage.items.size).toBe(0);
    await expect(provider.checkAuth({})).rejects.toEqual({ message: false });
  });
});

describe('admin auth provider: session checks', () => {
  it('lets a stored, unexpired session through', async () => {
    // Prepare
    const { provider } = setUp();
    await provider.login({ username: 'wujin.admin', password: 'Secret123' });

    // Act
    const checked = provider.checkAuth({});

    // Assess
    await expect(checked).resolves.toBeUndefined();
  });

  it('sends an expired session to the login page and says why there', async () => {
    // Prepare
    const { provider, storage } = setUp();
    await provider.login({ username: 'wujin.admin', password: 'Secret123' });
    storage.setItem('changan.expiresAt', '2026-03-01T07:59:59Z');

    // Act
    const checked = await provider.checkAuth({}).catch((e: unknown) => e);

    // Assess
    expect(checked).toEqual({ message: false });
    expect(storage.items.has('changan.token')).toBe(false);
    expect(provider.takeLogoutReason()).toBe('登录已过期，请重新登录');
    expect(provider.takeLogoutReason()).toBeNull();
  });

  it("ends the session on a 401 and keeps the API's message for the login page", async () => {
    // Prepare
    const { provider } = setUp();
    await provider.login({ username: 'wujin.admin', password: 'Secret123' });

    // Act
    const checked = await provider
      .checkError(new HttpError('账号已被停用，请联系管理员', 401, null))
      .catch((e: unknown) => e);

    // Assess
    expect(checked).toEqual({ message: false });
    expect(provider.takeLogoutReason()).toBe('账号已被停用，请联系管理员');
  });

  it('keeps the session on a 403 and on other errors', async () => {
    // Prepare
    const { provider, storage } = setUp();
    await provider.login({ username: 'wujin.admin', password: 'Secret123' });

    // Act
    const forbidden = provider.checkError(new HttpError('当前账号无权执行此操作', 403, null));
    const conflict = provider.checkError(new HttpError('该镇（街道）下还有网格，不能删除', 409, null));

    // Assess
    await expect(forbidden).resolves.toBeUndefined();
    await expect(conflict).resolves.toBeUndefined();
    expect(storage.items.get('changan.token')).toBe('jwt-1');
    expect(provider.takeLogoutReason()).toBeNull();
  });
});

describe('admin auth provider: identity and access', () => {
  it('answers the identity from the stored user, with the role in Chinese', async () => {
    // Prepare
    const { provider, api } = setUp();
    await provider.login({ username: 'wujin.admin', password: 'Secret123' });

    // Act
    const identity = await provider.getIdentity?.();
    const permissions = await provider.getPermissions?.({});

    // Assess
    expect(identity).toEqual({
      id: 'U1',
      fullName: '王建国',
      username: 'wujin.admin',
      role: 'districtAdmin',
      roleLabel: '辖区管理员',
      scope: { districtId: 'wujin' },
      isPrincipal: false,
      mustChangePassword: false,
    });
    expect(permissions).toBe('districtAdmin');
    expect(api.calls).toHaveLength(1); // the login only: no round trip for either
  });

  it.each([
    ['cityAdmin', 'users', 'list', true],
    ['cityAdmin', 'audit', 'list', true],
    ['districtAdmin', 'enterprises', 'import', true],
    ['townOfficer', 'enterprises', 'list', true],
    ['townOfficer', 'enterprises', 'edit', false],
    ['townOfficer', 'towns', 'list', true],
    ['townOfficer', 'towns', 'create', false],
    ['townOfficer', 'users', 'list', false],
    ['gridMember', 'grids', 'delete', false],
    ['enterpriseUser', 'enterprises', 'show', true],
    ['enterpriseUser', 'enterprises', 'list', false],
    ['enterpriseUser', 'audit', 'list', false],
  ] as const)('lets a %s %s %s: %s', async (role, resource, action, allowed) => {
    // Prepare
    const { provider } = setUp({ user: makeUser({ role }) });
    await provider.login({ username: 'someone', password: 'Secret123' });

    // Act
    const answer = await provider.canAccess?.({ resource, action } as never);

    // Assess
    expect(answer).toBe(allowed);
  });

  it('grants nothing to nobody', async () => {
    // Prepare
    const { provider } = setUp();

    // Act
    const answer = await provider.canAccess?.({ resource: 'enterprises', action: 'show' } as never);

    // Assess
    expect(answer).toBe(false);
    await expect(provider.getIdentity?.()).rejects.toBeInstanceOf(HttpError);
  });
});

describe('admin auth provider: changing the password', () => {
  it('posts both passwords with the token, then no longer asks for a change', async () => {
    // Prepare
    const { provider, api } = setUp({ user: makeUser({ mustChangePassword: true }) });
    await provider.login({ username: 'wujin.admin', password: 'Temp1234' });

    // Act
    await provider.changePassword({ currentPassword: 'Temp1234', newPassword: 'NewSecret9' });

    // Assess
    expect(api.calls[1]).toMatchObject({
      method: 'POST',
      path: '/api/me/password',
      body: { currentPassword: 'Temp1234', newPassword: 'NewSecret9' },
    });
    expect(api.calls[1]?.headers.get('authorization')).toBe('Bearer jwt-1');
    expect(await provider.getIdentity?.()).toMatchObject({ mustChangePassword: false });
  });

  it("keeps the requirement when the API refuses, with the API's message", async () => {
    // Prepare
    const { provider } = setUp({
      user: makeUser({ mustChangePassword: true }),
      reply: (call) =>
        call.path === '/api/auth/login'
          ? {
              body: {
                token: 'jwt-1',
                expiresAt: '2026-03-01T16:00:00Z',
                user: makeUser({ mustChangePassword: true }),
              },
            }
          : { status: 400, body: { error: { code: 'BAD_PASSWORD', message: '当前密码不正确' } } },
    });
    await provider.login({ username: 'wujin.admin', password: 'Temp1234' });

    // Act
    const error = await provider
      .changePassword({ currentPassword: 'wrong', newPassword: 'NewSecret9' })
      .catch((e: unknown) => e);

    // Assess
    expect(error).toMatchObject({ message: '当前密码不正确', status: 400 });
    expect(await provider.getIdentity?.()).toMatchObject({ mustChangePassword: true });
  });
});
