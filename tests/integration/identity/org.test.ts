import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedIn } from '#tests/fixtures/auth';
import { validEnterprise } from '#tests/fixtures/enterprises';
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
