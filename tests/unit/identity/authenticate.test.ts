import middy from '@middy/core';
import { beforeAll, describe, expect, it } from 'vitest';
import * as z from 'zod';
import { type Account, authenticate } from '#functions/identity/authenticate';
import { publicKeyCache } from '#functions/identity/tokens/key-cache';
import {
  generateSigningJwk,
  publicJwkOf,
  type SigningJwk,
  signerOf,
  signToken,
} from '#functions/identity/tokens/tokens';
import { httpErrors } from '#functions/platform/http/http-errors';
import type { HttpContext, HttpEvent, HttpResult } from '#functions/platform/http/types';
import type { RouteSpec } from '#functions/platform/manifest-types';
import type { Principal } from '#functions/platform/principal';
import { bodyOf, makeApiEvent, makeContext } from '#tests/fixtures/api-events';

const issuer = 'https://api.example.cn/api/auth';
const officer: Principal = {
  userId: '01JOFFICER',
  username: 'officer',
  name: '镇街工作人员',
  role: 'townOfficer',
  districtId: 'wujin',
  townId: 't1',
};
const account = (overrides: Partial<Account> = {}): Account => ({
  principal: officer,
  disabled: false,
  tokenVersion: 0,
  mustChangePassword: false,
  ...overrides,
});

const route = (
  path: string,
  access: RouteSpec['access'],
  method: RouteSpec['method'] = 'GET',
): RouteSpec => ({
  method,
  path: path as `/api${string}`,
  group: 'test',
  access,
  summary: 'test',
  response: z.object({}),
});
const supervisorsOnly = route('/api/towns', ['cityAdmin', 'districtAdmin', 'townOfficer', 'gridMember']);
const managersOnly = route('/api/users', ['cityAdmin', 'districtAdmin']);

let jwk: SigningJwk;
beforeAll(async () => {
  jwk = await generateSigningJwk();
});

/** The auth middleware between route matching and a handler that answers with the principal it saw. */
function makeHandler(spec: RouteSpec, found: Account | undefined) {
  return middy<HttpEvent, HttpResult, Error, HttpContext>()
    .use(httpErrors())
    .use({
      before: (request) => {
        request.context.route = spec;
      },
    })
    .use(
      authenticate({
        issuer,
        getKey: publicKeyCache(async () => [publicJwkOf(jwk)]),
        findAccount: async () => found,
      }),
    )
    .handler(async (_event: HttpEvent, context: HttpContext) => ({
      statusCode: 200,
      body: JSON.stringify({ principal: context.principal ?? null }),
    }));
}

async function call(spec: RouteSpec, found: Account | undefined, authorization?: string) {
  const event = makeApiEvent(`${spec.method} ${spec.path}`, {
    headers: { host: 'localhost', ...(authorization ? { authorization } : {}) },
  });
  const result = await makeHandler(spec, found)(event, makeContext() as HttpContext);
  return {
    status: result.statusCode,
    body: bodyOf(result) as { principal?: Principal; error?: { code: string; message: string } },
  };
}

async function bearer(tv = 0, now = new Date(), role: Principal['role'] = 'townOfficer') {
  const { token } = await signToken(
    { sub: officer.userId, role, name: officer.name, username: officer.username, tv },
    await signerOf(jwk),
    issuer,
    now,
  );
  return `Bearer ${token}`;
}

describe('the auth middleware', () => {
  it('lets public routes through and ignores any token on them', async () => {
    // Act
    const result = await call(route('/api/health', 'public'), undefined, 'Bearer garbage');

    // Assess
    expect(result).toEqual({ status: 200, body: { principal: null } });
  });

  it('asks for a login when a protected route gets no token or a malformed one', async () => {
    // Act
    const none = await call(supervisorsOnly, account());
    const basic = await call(supervisorsOnly, account(), 'Basic b2ZmaWNlcjpwYXNz');
    const garbage = await call(supervisorsOnly, account(), 'Bearer not.a.token');

    // Assess
    for (const result of [none, basic, garbage])
      expect(result).toMatchObject({
        status: 401,
        body: { error: { code: 'UNAUTHENTICATED', message: '请先登录' } },
      });
  });

  it('says the login expired for an expired token', async () => {
    // Act
    const result = await call(
      supervisorsOnly,
      account(),
      await bearer(0, new Date(Date.now() - 13 * 3600_000)),
    );

    // Assess
    expect(result).toMatchObject({ status: 401, body: { error: { message: '登录已过期，请重新登录' } } });
  });

  it('sets the principal from the account as it is now, not from the token', async () => {
    // Prepare
    const moved = { ...officer, townId: 't2' };

    // Act
    const result = await call(supervisorsOnly, account({ principal: moved }), await bearer());

    // Assess
    expect(result).toEqual({ status: 200, body: { principal: moved } });
  });

  it('refuses a disabled account, a deleted one and a revoked token with 401', async () => {
    // Act
    const disabled = await call(supervisorsOnly, account({ disabled: true }), await bearer());
    const deleted = await call(supervisorsOnly, undefined, await bearer());
    const revoked = await call(supervisorsOnly, account({ tokenVersion: 1 }), await bearer(0));

    // Assess
    expect(disabled).toMatchObject({
      status: 401,
      body: { error: { message: expect.stringMatching(/账号已停用/) } },
    });
    expect(deleted.status).toBe(401);
    expect(revoked).toMatchObject({ status: 401, body: { error: { message: '登录已过期，请重新登录' } } });
  });

  it('refuses a role the route does not list with 403, whatever the token claims', async () => {
    // Act
    const result = await call(managersOnly, account(), await bearer(0, new Date(), 'cityAdmin'));

    // Assess
    expect(result).toMatchObject({ status: 403, body: { error: { code: 'FORBIDDEN' } } });
  });

  it('lets an account that must change its password reach only /api/me and the password change', async () => {
    // Prepare
    const mustChange = account({ mustChangePassword: true });
    const me = route('/api/me', ['townOfficer']);
    const password = route('/api/me/password', ['townOfficer'], 'POST');

    // Act
    const blocked = await call(supervisorsOnly, mustChange, await bearer());
    const allowed = await Promise.all([
      call(me, mustChange, await bearer()),
      call(password, mustChange, await bearer()),
    ]);

    // Assess
    expect(blocked).toMatchObject({ status: 403, body: { error: { code: 'PASSWORD_CHANGE_REQUIRED' } } });
    expect(allowed.map((result) => result.status)).toEqual([200, 200]);
  });
});
