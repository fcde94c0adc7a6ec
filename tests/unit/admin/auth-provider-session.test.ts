import { HttpError } from 'react-admin';
import { describe, expect, it } from 'vitest';
import { makeUser, setUp } from './auth-provider-support';

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
