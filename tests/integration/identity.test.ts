import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalStack } from '#infra/local/stack';
import { authHeader, createUserDirect, signedIn, TEST_PASSWORD } from '#tests/fixtures/auth';
import { callApi, startTestStack } from '#tests/fixtures/local-stack';

let stack: LocalStack;

beforeAll(async () => {
  stack = await startTestStack();
});
afterAll(async () => {
  await stack?.stop();
});

const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
  callApi(stack, path, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });

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
