import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUserDirect, loginAs, signedIn } from '#tests/fixtures/auth';
import {
  auditEntriesOf,
  city,
  dataOf,
  get,
  idOf,
  liyang,
  newUser,
  org,
  post,
  send,
  stack,
  startIdentityStack,
  stopIdentityStack,
  wujin,
} from '#tests/integration/identity/support';

beforeAll(startIdentityStack);
afterAll(stopIdentityStack);

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
