import { HttpError } from 'react-admin';
import { describe, expect, it } from 'vitest';
import { makeUser, setUp } from './auth-provider-support';

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

  it('keeps the session with the token the password change answers (older tokens end)', async () => {
    // Prepare
    const { provider, storage } = setUp({
      reply: (call) =>
        call.path === '/api/auth/login'
          ? { body: { token: 'jwt-1', expiresAt: '2026-03-01T16:00:00Z', user: makeUser() } }
          : call.path === '/api/me/password'
            ? { body: { token: 'jwt-2', expiresAt: '2026-03-01T20:00:00Z' } }
            : { body: makeUser() },
    });
    await provider.login({ username: 'wujin.admin', password: 'Temp1234' });

    // Act
    await provider.changePassword({ currentPassword: 'Temp1234', newPassword: 'NewSecret9' });
    await provider.checkAuth({});
    await provider.getPermissions?.({});

    // Assess
    expect([...storage.items.values()]).toContain('jwt-2');
    expect([...storage.items.values()]).not.toContain('jwt-1');
    expect([...storage.items.values()]).toContain('2026-03-01T20:00:00Z');
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
