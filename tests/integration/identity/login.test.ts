import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authHeader, createUserDirect, loginAs, signedIn, TEST_PASSWORD } from '#tests/fixtures/auth';
import { callApi } from '#tests/fixtures/local-stack';
import {
  auditEntriesOf,
  get,
  org,
  post,
  stack,
  startIdentityStack,
  stopIdentityStack,
  wujin,
} from '#tests/integration/identity/support';

beforeAll(startIdentityStack);
afterAll(stopIdentityStack);

describe('login', () => {
  it('gives a token and the account for the right password', async () => {
    // Prepare
    const admin = await createUserDirect({
      role: 'districtAdmin',
      districtId: 'wujin',
      phone: '13812341234',
    });

    // Act
    const { status, body } = await post('/api/auth/login', {
      username: admin.username,
      password: TEST_PASSWORD,
    });

    // Assess
    expect(status).toBe(200);
    expect(body).toMatchObject({
      token: expect.stringMatching(/^eyJ/),
      expiresAt: expect.any(String),
      user: {
        id: admin.id,
        role: 'districtAdmin',
        scope: { districtId: 'wujin' },
        mustChangePassword: false,
      },
    });
    expect(JSON.stringify(body)).not.toMatch(/passwordHash|scrypt/);
  });

  it('answers an unknown user and a wrong password alike', async () => {
    // Prepare
    const user = await createUserDirect({ role: 'cityAdmin' });

    // Act
    const unknown = await post('/api/auth/login', { username: 'nobody-here', password: TEST_PASSWORD });
    const wrong = await post('/api/auth/login', { username: user.username, password: 'wrong-password1' });

    // Assess
    expect(unknown.status).toBe(401);
    expect(wrong.status).toBe(401);
    expect(unknown.body).toMatchObject({ error: { code: 'UNAUTHENTICATED', message: '用户名或密码错误' } });
    expect((wrong.body as { error: object }).error).toEqual({
      ...(unknown.body as { error: { requestId: string } }).error,
      requestId: expect.any(String),
    });
  });

  it('locks a username after 5 failures, even against the right password, and says when to retry', async () => {
    // Prepare
    const user = await createUserDirect({
      role: 'gridMember',
      districtId: 'wujin',
      townId: 't',
      gridId: 'g',
    });
    for (let i = 0; i < 5; i += 1) {
      const failed = await post('/api/auth/login', { username: user.username, password: `wrong${i}pass` });
      expect(failed.status).toBe(401);
    }

    // Act
    const locked = await post('/api/auth/login', { username: user.username, password: TEST_PASSWORD });

    // Assess
    expect(locked.status).toBe(429);
    expect(locked.body).toMatchObject({
      error: { code: 'TOO_MANY_REQUESTS', message: expect.stringMatching(/请于 \d\d:\d\d 后/) },
    });
  });

  it('forgets earlier failures after a successful login', async () => {
    // Prepare
    const user = await createUserDirect({ role: 'cityAdmin' });
    const fail = (i: number) =>
      post('/api/auth/login', { username: user.username, password: `wrong${i}pass` });
    for (let i = 0; i < 4; i += 1) await fail(i);
    await loginAs(stack, user.username);

    // Act
    const failures = [];
    for (let i = 0; i < 4; i += 1) failures.push((await fail(i)).status);
    const fifth = await post('/api/auth/login', { username: user.username, password: TEST_PASSWORD });

    // Assess
    expect(failures).toEqual([401, 401, 401, 401]);
    expect(fifth.status).toBe(200);
  });

  it('refuses a disabled account with its own message', async () => {
    // Prepare
    const user = await createUserDirect({ role: 'cityAdmin', disabled: true });

    // Act
    const { status, body } = await post('/api/auth/login', {
      username: user.username,
      password: TEST_PASSWORD,
    });

    // Assess
    expect(status).toBe(401);
    expect(body).toMatchObject({
      error: { code: 'UNAUTHENTICATED', message: expect.stringMatching(/账号已停用/) },
    });
  });
});

describe('the current user', () => {
  it('answers /api/me for a valid token and 401 without one', async () => {
    // Prepare
    const { user, headers } = await signedIn(stack, {
      role: 'townOfficer',
      districtId: 'liyang',
      townId: 't1',
    });

    // Act
    const me = await callApi(stack, '/api/me', { headers });
    const anonymous = await callApi(stack, '/api/me');
    const garbage = await callApi(stack, '/api/me', { headers: authHeader('not-a-token') });

    // Assess
    expect(me).toMatchObject({
      status: 200,
      body: { id: user.id, scope: { districtId: 'liyang', townId: 't1' } },
    });
    expect(anonymous).toMatchObject({
      status: 401,
      body: { error: { code: 'UNAUTHENTICATED', message: '请先登录' } },
    });
    expect(garbage.status).toBe(401);
  });

  it('publishes the verification keys and the issuer document', async () => {
    // Act
    const jwks = await callApi(stack, '/api/auth/jwks.json');
    const discovery = await callApi(stack, '/api/auth/.well-known/openid-configuration');

    // Assess
    expect(jwks.status).toBe(200);
    const keys = (jwks.body as { keys: Record<string, string>[] }).keys;
    expect(keys[0]).toMatchObject({ kty: 'RSA', alg: 'RS256', use: 'sig', kid: expect.any(String) });
    expect(keys[0]).not.toHaveProperty('d');
    expect(discovery.body).toEqual({
      issuer: `${stack.url}/api/auth`,
      jwks_uri: `${stack.url}/api/auth/jwks.json`,
    });
  });
});

describe('passwords', () => {
  it('changes the own password with the current one, and only then', async () => {
    // Prepare
    const { user, headers } = await signedIn(stack, {
      role: 'gridMember',
      districtId: 'wujin',
      townId: 't',
      gridId: 'g',
    });

    // Act
    const wrong = await post(
      '/api/me/password',
      { currentPassword: 'nope', newPassword: 'Better2026' },
      headers,
    );
    const changed = await post(
      '/api/me/password',
      { currentPassword: TEST_PASSWORD, newPassword: 'Better2026' },
      headers,
    );

    // Assess
    expect(wrong).toMatchObject({
      status: 400,
      body: { error: { fields: [{ path: 'body.currentPassword' }] } },
    });
    expect(changed).toMatchObject({
      status: 200,
      body: { token: expect.stringMatching(/^eyJ/), expiresAt: expect.any(String) },
    });
    await expect(loginAs(stack, user.username, TEST_PASSWORD)).rejects.toThrow(/401/);
    expect(await loginAs(stack, user.username, 'Better2026')).toMatch(/^eyJ/);
    expect(await auditEntriesOf(changed)).toMatchObject([{ action: 'changePassword', entityId: user.id }]);
  });

  it('ends every older session on a password change and keeps the current one with the new token', async () => {
    // Prepare
    const { user, headers } = await signedIn(stack, { role: 'cityAdmin' });
    const elsewhere = authHeader(await loginAs(stack, user.username, TEST_PASSWORD));

    // Act
    const changed = await post(
      '/api/me/password',
      { currentPassword: TEST_PASSWORD, newPassword: 'Better2026' },
      headers,
    );
    const renewed = authHeader((changed.body as { token: string }).token);
    const oldHere = await get('/api/me', headers);
    const oldElsewhere = await get('/api/me', elsewhere);
    const current = await get('/api/me', renewed);

    // Assess
    expect(changed.status).toBe(200);
    expect(oldHere.status).toBe(401);
    expect(oldElsewhere.status).toBe(401);
    expect(current).toMatchObject({ status: 200, body: { id: user.id } });
  });

  it('resets a password to a one-time password that must be changed before anything else', async () => {
    // Prepare
    const officer = await signedIn(stack, {
      role: 'townOfficer',
      districtId: 'wujin',
      townId: org.wujinTown,
    });

    // Act
    const reset = await post(`/api/users/${officer.user.id}/password-reset`, undefined, wujin.headers);
    const temporary = (reset.body as { temporaryPassword: string }).temporaryPassword;
    const oldToken = await get('/api/me', officer.headers);
    const token = await loginAs(stack, officer.user.username, temporary);
    const blocked = await get('/api/towns', authHeader(token));
    const me = await get('/api/me', authHeader(token));

    // Assess
    expect(reset.status).toBe(200);
    expect(temporary).toMatch(/^(?=.*\d)(?=.*[A-Za-z])[A-Za-z\d]{12}$/);
    expect(oldToken.status).toBe(401);
    expect(blocked).toMatchObject({ status: 403, body: { error: { code: 'PASSWORD_CHANGE_REQUIRED' } } });
    expect(me).toMatchObject({ status: 200, body: { mustChangePassword: true } });
    expect(JSON.stringify(await auditEntriesOf(reset))).not.toContain(temporary);
  });
});
