import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalStack } from '#infra/local/stack';
import { authHeader, createUserDirect, loginAs, signedIn, TEST_PASSWORD } from '#tests/fixtures/auth';
import { validEnterprise } from '#tests/fixtures/enterprises';
import { callApi, startTestStack } from '#tests/fixtures/local-stack';

let stack: LocalStack;
/** The city admin, and one district admin each for 武进 and 溧阳, with a town and a grid in each district. */
let city: Awaited<ReturnType<typeof signedIn>>;
let wujin: Awaited<ReturnType<typeof signedIn>>;
let liyang: Awaited<ReturnType<typeof signedIn>>;
const org = { wujinTown: '', wujinGrid: '', liyangTown: '', liyangGrid: '' };

beforeAll(async () => {
  stack = await startTestStack();
  city = await signedIn(stack, { role: 'cityAdmin', name: '市局张三' });
  wujin = await signedIn(stack, { role: 'districtAdmin', districtId: 'wujin', name: '武进李四' });
  liyang = await signedIn(stack, { role: 'districtAdmin', districtId: 'liyang', name: '溧阳王五' });
  for (const districtId of ['wujin', 'liyang'] as const) {
    const town = await post('/api/towns', { districtId, name: `${districtId}一镇` }, city.headers);
    const grid = await post('/api/grids', { townId: idOf(town), name: '第一网格' }, city.headers);
    org[`${districtId}Town`] = idOf(town);
    org[`${districtId}Grid`] = idOf(grid);
  }
});
afterAll(async () => {
  await stack?.stop();
});

const send = (method: string, path: string, body: unknown, headers: Record<string, string> = {}) =>
  callApi(stack, path, {
    method,
    headers: { 'content-type': 'application/json', ...headers },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
  send('POST', path, body, headers);
const get = (path: string, headers: Record<string, string>) => callApi(stack, path, { headers });
const idOf = (answer: { body: unknown }) => (answer.body as { id: string }).id;
const dataOf = <T = Record<string, unknown>>(answer: { body: unknown }) =>
  (answer.body as { data: T[] }).data;

/** The audit entries a write left, found by the request id the gateway answered it with. */
async function auditEntriesOf(answer: { headers: Headers }) {
  const requestId = answer.headers.get('x-request-id');
  const log = await get('/api/audit?limit=100', city.headers);
  return dataOf<{ requestId: string }>(log).filter((entry) => entry.requestId === requestId);
}

const newUser = (overrides: Record<string, unknown>) => ({
  username: `u${Math.random().toString(36).slice(2, 10)}`,
  password: 'Start2026pass',
  name: '赵六',
  phone: '13900001111',
  role: 'townOfficer',
  ...overrides,
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
    expect(changed.status).toBe(204);
    await expect(loginAs(stack, user.username, TEST_PASSWORD)).rejects.toThrow(/401/);
    expect(await loginAs(stack, user.username, 'Better2026')).toMatch(/^eyJ/);
    expect(await auditEntriesOf(changed)).toMatchObject([{ action: 'changePassword', entityId: user.id }]);
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

describe('function-level authorization', () => {
  it('refuses a role the route does not allow with 403', async () => {
    // Prepare
    const officer = await signedIn(stack, {
      role: 'townOfficer',
      districtId: 'wujin',
      townId: org.wujinTown,
    });

    // Act
    const users = await get('/api/users', officer.headers);
    const audit = await get('/api/audit', officer.headers);
    const newTown = await post('/api/towns', { districtId: 'wujin', name: '偷建镇' }, officer.headers);

    // Assess
    for (const answer of [users, audit, newTown])
      expect(answer).toMatchObject({ status: 403, body: { error: { code: 'FORBIDDEN' } } });
  });
});

describe('users', () => {
  it('lets a district admin create, read, change and disable accounts of its district, audited once each', async () => {
    // Act
    const createdAnswer = await post('/api/users', newUser({ townId: org.wujinTown }), wujin.headers);
    const id = idOf(createdAnswer);
    const detail = await get(`/api/users/${id}`, wujin.headers);
    const list = await get('/api/users?role=townOfficer&limit=100', wujin.headers);
    const changed = await send(
      'PUT',
      `/api/users/${id}`,
      { ...newUser({ townId: org.wujinTown }), name: '赵六六', username: undefined, password: undefined },
      wujin.headers,
    );
    const disabled = await post(`/api/users/${id}/status`, { disabled: true }, wujin.headers);

    // Assess
    expect(createdAnswer).toMatchObject({
      status: 201,
      body: {
        role: 'townOfficer',
        districtId: 'wujin',
        townId: org.wujinTown,
        phone: '13900001111',
        mustChangePassword: true,
      },
    });
    expect(detail.body).toMatchObject({ id, phone: '13900001111' });
    expect(JSON.stringify(detail.body)).not.toMatch(/passwordHash|tokenVersion/);
    expect(dataOf(list).find((row) => row.id === id)).toMatchObject({ phone: '139****1111' });
    expect(changed).toMatchObject({ status: 200, body: { name: '赵六六' } });
    expect(disabled).toMatchObject({ status: 200, body: { disabled: true } });
    const [createEntry] = await auditEntriesOf(createdAnswer);
    expect(createEntry).toMatchObject({
      action: 'create',
      entity: 'user',
      entityId: id,
      districtId: 'wujin',
      actorId: wujin.user.id,
    });
    expect(JSON.stringify(createEntry)).toContain('139****1111');
    expect(JSON.stringify(createEntry)).not.toContain('13900001111');
    expect(await auditEntriesOf(changed)).toMatchObject([
      { action: 'update', changes: [{ field: 'name', before: '赵六', after: '赵六六' }] },
    ]);
    expect(await auditEntriesOf(disabled)).toHaveLength(1);
    expect(await auditEntriesOf(detail)).toHaveLength(0);
  });

  it('refuses roles a district admin does not manage, and other districts, with 403', async () => {
    // Act
    const admin = await post(
      '/api/users',
      newUser({ role: 'districtAdmin', districtId: 'wujin' }),
      wujin.headers,
    );
    const elsewhere = await post('/api/users', newUser({ townId: org.liyangTown }), wujin.headers);
    const unknownTown = await post('/api/users', newUser({ townId: 'no-such-town' }), wujin.headers);

    // Assess
    expect(admin).toMatchObject({ status: 403, body: { error: { code: 'FORBIDDEN' } } });
    expect(elsewhere).toMatchObject({ status: 403, body: { error: { code: 'FORBIDDEN' } } });
    expect(unknownTown).toMatchObject({
      status: 400,
      body: { error: { fields: [{ path: 'body.townId' }] } },
    });
  });

  it('keeps 溧阳’s accounts out of 武进’s reach: 404 for each record, absent from lists', async () => {
    // Prepare
    const liyangUser = await createUserDirect({
      role: 'townOfficer',
      districtId: 'liyang',
      townId: org.liyangTown,
    });

    // Act
    const read = await get(`/api/users/${liyangUser.id}`, wujin.headers);
    const change = await send(
      'PUT',
      `/api/users/${liyangUser.id}`,
      newUser({ townId: org.wujinTown }),
      wujin.headers,
    );
    const disable = await post(`/api/users/${liyangUser.id}/status`, { disabled: true }, wujin.headers);
    const reset = await post(`/api/users/${liyangUser.id}/password-reset`, undefined, wujin.headers);
    const adminRead = await get(`/api/users/${liyang.user.id}`, wujin.headers);
    const filtered = await get('/api/users?districtId=liyang', wujin.headers);
    const byTown = await get(`/api/users?townId=${org.liyangTown}`, wujin.headers);
    const all = await get('/api/users?limit=100', wujin.headers);

    // Assess
    for (const answer of [read, change, disable, reset, adminRead]) expect(answer.status).toBe(404);
    expect(dataOf(filtered)).toEqual([]);
    expect(dataOf(byTown)).toEqual([]);
    const districts = dataOf<{ districtId: string; role: string }>(all).map((row) => row.districtId);
    expect(new Set(districts)).toEqual(new Set(['wujin']));
    expect(dataOf<{ role: string }>(all).some((row) => row.role === 'districtAdmin')).toBe(false);
    expect((await get(`/api/users/${liyangUser.id}`, liyang.headers)).status).toBe(200);
  });

  it('makes a disabled account’s token stop working at once', async () => {
    // Prepare
    const officer = await signedIn(stack, {
      role: 'townOfficer',
      districtId: 'wujin',
      townId: org.wujinTown,
    });
    expect((await get('/api/me', officer.headers)).status).toBe(200);

    // Act
    await post(`/api/users/${officer.user.id}/status`, { disabled: true }, wujin.headers);
    const afterDisable = await get('/api/me', officer.headers);
    await post(`/api/users/${officer.user.id}/status`, { disabled: false }, wujin.headers);
    const afterEnable = await get('/api/me', officer.headers);

    // Assess
    expect(afterDisable).toMatchObject({
      status: 401,
      body: { error: { message: expect.stringMatching(/停用/) } },
    });
    expect(afterEnable.status).toBe(401);
    expect(await loginAs(stack, officer.user.username)).toMatch(/^eyJ/);
  });

  it('filters the list by role, town, state and name, and pages it with a cursor', async () => {
    // Prepare
    const made = [];
    for (const name of ['筛选甲', '筛选乙', '筛选丙']) {
      const answer = await post('/api/users', newUser({ name, townId: org.wujinTown }), wujin.headers);
      made.push(idOf(answer));
    }
    await post(`/api/users/${made[0]}/status`, { disabled: true }, wujin.headers);
    const query = (params: string) => get(`/api/users?${params}`, city.headers);

    // Act
    const byName = await query(`q=${encodeURIComponent('筛选')}&limit=100`);
    const disabled = await query(`q=${encodeURIComponent('筛选')}&disabled=true`);
    const byTown = await query(`townId=${org.wujinTown}&role=townOfficer&limit=100`);
    const first = await query(`q=${encodeURIComponent('筛选')}&limit=2`);
    const cursor = (first.body as { nextCursor: string }).nextCursor;
    const second = await query(`q=${encodeURIComponent('筛选')}&limit=2&cursor=${cursor}`);

    // Assess
    expect(
      dataOf(byName)
        .map((row) => row.id)
        .sort(),
    ).toEqual([...made].sort());
    expect(dataOf(disabled).map((row) => row.id)).toEqual([made[0]]);
    expect(dataOf(byTown).every((row) => row.townId === org.wujinTown && row.role === 'townOfficer')).toBe(
      true,
    );
    expect(dataOf(byTown).map((row) => row.id)).toEqual(expect.arrayContaining(made));
    const paged = [...dataOf(first), ...dataOf(second)].map((row) => row.id);
    expect(paged.sort()).toEqual([...made].sort());
  });

  it('refuses a username that is taken with 409', async () => {
    // Act
    const duplicate = await post(
      '/api/users',
      newUser({ username: wujin.user.username, townId: org.wujinTown }),
      city.headers,
    );

    // Assess
    expect(duplicate).toMatchObject({ status: 409, body: { error: { code: 'USERNAME_TAKEN' } } });
  });
});

describe('enterprise accounts', () => {
  it('take their district from the enterprise, so only that district’s admin can make them', async () => {
    // Prepare
    const place = { districtId: 'wujin', townId: org.wujinTown, gridId: org.wujinGrid };
    const enterprise = await post('/api/enterprises', validEnterprise(place), city.headers);
    const account = newUser({ role: 'enterpriseUser', enterpriseId: idOf(enterprise), isPrincipal: true });

    // Act
    const byLiyang = await post('/api/users', account, liyang.headers);
    const byWujin = await post('/api/users', account, wujin.headers);
    const unknown = await post(
      '/api/users',
      { ...account, enterpriseId: 'no-such-enterprise' },
      wujin.headers,
    );

    // Assess
    expect(enterprise.status).toBe(201);
    expect(byLiyang).toMatchObject({ status: 403, body: { error: { code: 'FORBIDDEN' } } });
    expect(byWujin).toMatchObject({
      status: 201,
      body: {
        role: 'enterpriseUser',
        districtId: 'wujin',
        enterpriseId: idOf(enterprise),
        isPrincipal: true,
      },
    });
    expect(byWujin.body).not.toHaveProperty('townId');
    expect(unknown).toMatchObject({
      status: 400,
      body: { error: { fields: [{ path: 'body.enterpriseId' }] } },
    });
  });

  it('keep a town with enterprises from being deleted', async () => {
    // Prepare
    const town = await post('/api/towns', { districtId: 'wujin', name: '有企业的镇' }, wujin.headers);
    const place = { districtId: 'wujin', townId: idOf(town), gridId: null };
    expect((await post('/api/enterprises', validEnterprise(place), wujin.headers)).status).toBe(201);

    // Act
    const refused = await send('DELETE', `/api/towns/${idOf(town)}`, undefined, wujin.headers);

    // Assess
    expect(refused).toMatchObject({ status: 409, body: { error: { code: 'TOWN_HAS_ENTERPRISES' } } });
    expect((await get(`/api/towns/${idOf(town)}`, wujin.headers)).status).toBe(200);
  });
});

describe('towns and grids', () => {
  it('keeps 溧阳’s towns and grids out of 武进’s reach', async () => {
    // Act
    const town = await get(`/api/towns/${org.liyangTown}`, wujin.headers);
    const grid = await get(`/api/grids/${org.liyangGrid}`, wujin.headers);
    const rename = await send('PUT', `/api/towns/${org.liyangTown}`, { name: '改名' }, wujin.headers);
    const remove = await send('DELETE', `/api/grids/${org.liyangGrid}`, undefined, wujin.headers);
    const create = await post('/api/towns', { districtId: 'liyang', name: '新镇' }, wujin.headers);
    const gridInLiyang = await post('/api/grids', { townId: org.liyangTown, name: '新网格' }, wujin.headers);
    const towns = await get('/api/towns?limit=100', wujin.headers);
    const liyangTowns = await get('/api/towns?districtId=liyang', wujin.headers);
    const grids = await get(`/api/grids?townId=${org.liyangTown}`, wujin.headers);

    // Assess
    for (const answer of [town, grid, rename, remove]) expect(answer.status).toBe(404);
    expect(create.status).toBe(403);
    expect(gridInLiyang).toMatchObject({
      status: 400,
      body: { error: { fields: [{ path: 'body.townId' }] } },
    });
    expect(dataOf(towns).map((row) => row.id)).toContain(org.wujinTown);
    expect(new Set(dataOf(towns).map((row) => row.districtId))).toEqual(new Set(['wujin']));
    expect(dataOf(liyangTowns)).toEqual([]);
    expect(dataOf(grids)).toEqual([]);
  });

  it('shows a grid member its own grid and town only', async () => {
    // Prepare
    const member = await signedIn(stack, {
      role: 'gridMember',
      districtId: 'wujin',
      townId: org.wujinTown,
      gridId: org.wujinGrid,
    });

    // Act
    const towns = await get('/api/towns', member.headers);
    const grids = await get('/api/grids', member.headers);
    const other = await get(`/api/grids/${org.liyangGrid}`, member.headers);

    // Assess
    expect(dataOf(towns).map((row) => row.id)).toEqual([org.wujinTown]);
    expect(dataOf(grids).map((row) => row.id)).toEqual([org.wujinGrid]);
    expect(other.status).toBe(404);
  });

  it('refuses to delete a town that still has grids, and deletes an empty grid', async () => {
    // Prepare
    const town = await post('/api/towns', { districtId: 'wujin', name: '待删镇' }, wujin.headers);
    const grid = await post('/api/grids', { townId: idOf(town), name: '待删网格' }, wujin.headers);

    // Act
    const refused = await send('DELETE', `/api/towns/${idOf(town)}`, undefined, wujin.headers);
    const gridDeleted = await send('DELETE', `/api/grids/${idOf(grid)}`, undefined, wujin.headers);
    const townDeleted = await send('DELETE', `/api/towns/${idOf(town)}`, undefined, wujin.headers);

    // Assess
    expect(refused).toMatchObject({
      status: 409,
      body: { error: { code: 'TOWN_HAS_GRIDS', message: expect.stringMatching(/网格/) } },
    });
    expect(gridDeleted.status).toBe(204);
    expect(townDeleted.status).toBe(204);
    expect(await auditEntriesOf(refused)).toHaveLength(0);
    expect(await auditEntriesOf(townDeleted)).toMatchObject([
      { action: 'delete', entity: 'town', districtId: 'wujin' },
    ]);
  });
});

describe('the audit log', () => {
  it('shows a district admin its own district only, and the city admin everything', async () => {
    // Act
    const own = await get('/api/audit?limit=100', wujin.headers);
    const other = await get('/api/audit?districtId=liyang', wujin.headers);
    const cityWide = await get('/api/audit?limit=100', city.headers);
    const byActor = await get(`/api/audit?actorId=${wujin.user.id}&entity=user`, city.headers);

    // Assess
    expect(own.status).toBe(200);
    expect(dataOf(own).length).toBeGreaterThan(0);
    expect(new Set(dataOf(own).map((entry) => entry.districtId))).toEqual(new Set(['wujin']));
    expect(dataOf(other)).toEqual([]);
    expect(new Set(dataOf(cityWide).map((entry) => entry.districtId))).toEqual(new Set(['wujin', 'liyang']));
    expect(dataOf(byActor).every((entry) => entry.actorId === wujin.user.id && entry.entity === 'user')).toBe(
      true,
    );
    const ids = dataOf(cityWide).map((entry) => String(entry.id));
    expect(ids).toEqual([...ids].sort().reverse());
  });

  it('pages with a cursor and refuses a forged one with 400', async () => {
    // Act
    const first = await get('/api/audit?limit=2', city.headers);
    const second = await get(
      `/api/audit?limit=2&cursor=${(first.body as { nextCursor: string }).nextCursor}`,
      city.headers,
    );
    const forged = await get('/api/audit?cursor=bm90LWpzb24', city.headers);

    // Assess
    expect(dataOf(first)).toHaveLength(2);
    expect(dataOf(second)[0]?.id).not.toBe(dataOf(first)[1]?.id);
    expect(forged).toMatchObject({ status: 400, body: { error: { code: 'INVALID_CURSOR' } } });
  });
});
