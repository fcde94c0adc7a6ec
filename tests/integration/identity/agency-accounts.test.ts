import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginAs } from '#tests/fixtures/auth';
import { freshCreditCode } from '#tests/fixtures/enterprises';
import {
  city,
  dataOf,
  get,
  idOf,
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

/** An agency registered in 武进区 (written by the city through the API). */
async function newAgency(name: string) {
  const answer = await post(
    '/api/agencies',
    {
      name,
      creditCode: freshCreditCode(),
      type: 'assessment',
      districtId: 'wujin',
      workDistrictIds: ['wujin'],
      certificateNo: `APJ-${name}`,
      certificateExpiry: '2030-12-31',
      contactName: '钱七',
      contactPhone: '13900002222',
      status: 'registered',
    },
    city.headers,
  );
  expect(answer.status).toBe(201);
  return idOf(answer);
}

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

describe('agency accounts (中介机构用户)', () => {
  it('lets the city create one for an agency; it signs in and reaches only its own agency', async () => {
    // Prepare
    const own = await newAgency('常州甲安全评价有限公司');
    const other = await newAgency('常州乙检测有限公司');
    const body = newUser({ role: 'agencyUser', agencyId: own, townId: undefined });

    // Act
    const created = await post('/api/users', body, city.headers);
    const first = await loginAs(stack, body.username as string, body.password as string);
    const renewed = await post(
      '/api/me/password',
      { currentPassword: body.password, newPassword: 'Agency2026renewed' },
      bearer(first),
    );
    const { token } = renewed.body as { token: string };
    const me = await get('/api/me', bearer(token));
    const list = await get('/api/agencies?limit=100', bearer(token));
    const foreign = await get(`/api/agencies/${other}`, bearer(token));
    const enterprises = await get('/api/enterprises', bearer(token));

    // Assess
    expect(created).toMatchObject({ status: 201, body: { role: 'agencyUser', agencyId: own } });
    expect(renewed.status).toBe(200);
    expect(me.body).toMatchObject({ role: 'agencyUser', scope: { agencyId: own } });
    expect(dataOf<{ id: string }>(list).map((row) => row.id)).toEqual([own]);
    expect(foreign.status).toBe(404);
    expect(enterprises.status).toBe(403);
  });

  it('refuses an agency account without an agency, or with one that does not exist, naming the field', async () => {
    // Act
    const missing = await post('/api/users', newUser({ role: 'agencyUser' }), city.headers);
    const unknown = await post(
      '/api/users',
      newUser({ role: 'agencyUser', agencyId: 'no-such-agency' }),
      city.headers,
    );

    // Assess
    for (const answer of [missing, unknown])
      expect(answer).toMatchObject({
        status: 400,
        body: { error: { fields: [{ path: 'body.agencyId', message: '请选择存在的中介机构' }] } },
      });
  });

  it('leaves agency accounts to the city: a district admin may neither create nor turn one into it', async () => {
    // Prepare
    const agencyId = await newAgency('常州丙咨询有限公司');
    const officer = await post('/api/users', newUser({ townId: org.wujinTown }), wujin.headers);

    // Act
    const created = await post('/api/users', newUser({ role: 'agencyUser', agencyId }), wujin.headers);
    const changed = await send(
      'PUT',
      `/api/users/${idOf(officer)}`,
      { name: '赵六', phone: '13900001111', role: 'agencyUser', agencyId },
      wujin.headers,
    );

    // Assess
    const refused = {
      status: 403,
      body: { error: { code: 'FORBIDDEN', message: '当前账号不能管理“中介机构用户”账号' } },
    };
    expect(created).toMatchObject(refused);
    expect(changed).toMatchObject(refused);
  });
});
