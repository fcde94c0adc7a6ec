import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedIn } from '#tests/fixtures/auth';
import { validEnterprise } from '#tests/fixtures/enterprises';
import {
  city,
  makeEnterprise,
  places,
  readAll,
  send,
  stack,
  startWithPlaces,
  stopEnterpriseStack,
  wujinAdmin,
} from '#tests/integration/enterprises/support';

beforeAll(startWithPlaces);
afterAll(stopEnterpriseStack);

describe('scope', () => {
  it('keeps a 武进区 admin away from a 溧阳市 enterprise: 404 to read, change and delete, absent from lists', async () => {
    // Prepare
    const liyang = await makeEnterprise(places.liyang);
    const { id, createdAt, updatedAt, ...input } = liyang;

    // Act
    const read = await send('GET', `/api/enterprises/${id}`, wujinAdmin);
    const change = await send('PUT', `/api/enterprises/${id}`, wujinAdmin, {
      ...input,
      principal: { name: '张三', phone: '13800001234' },
      name: '改名企业',
    });
    const remove = await send('DELETE', `/api/enterprises/${id}`, wujinAdmin);
    const listed = await readAll('/api/enterprises?districtId=liyang', wujinAdmin);
    const everything = await readAll('/api/enterprises?limit=100', wujinAdmin);

    // Assess
    expect([read.status, change.status, remove.status]).toEqual([404, 404, 404]);
    expect(listed.flat()).toEqual([]);
    expect(everything.flat().every((enterprise) => enterprise.districtId === 'wujin')).toBe(true);
    expect(await send('GET', `/api/enterprises/${id}`, city)).toMatchObject({
      status: 200,
      body: { name: liyang.name },
    });
  });

  it('refuses with 403 a 武进区 admin creating in, or moving an enterprise to, another district', async () => {
    // Prepare
    const own = await makeEnterprise(places.wujinA);
    const { id, createdAt, updatedAt, ...input } = own;

    // Act
    const create = await send('POST', '/api/enterprises', wujinAdmin, validEnterprise(places.liyang));
    const move = await send('PUT', `/api/enterprises/${id}`, wujinAdmin, {
      ...input,
      principal: { name: '张三', phone: '13800001234' },
      ...places.liyang,
    });

    // Assess
    expect(create).toMatchObject({
      status: 403,
      body: { error: { code: 'FORBIDDEN', message: expect.stringContaining('武进区') } },
    });
    expect(move.status).toBe(403);
    expect(await send('GET', `/api/enterprises/${id}`, city)).toMatchObject({
      body: { districtId: 'wujin' },
    });
  });

  it('shows a town officer, a grid member and an enterprise user only their own, with masked phones', async () => {
    // Prepare
    const inGrid = await makeEnterprise(places.wujinB);
    const outside = await makeEnterprise({ ...places.wujinB, gridId: null });
    const town = (
      await signedIn(stack, { role: 'townOfficer', districtId: 'wujin', townId: places.wujinB.townId })
    ).headers;
    const grid = (await signedIn(stack, { role: 'gridMember', ...places.wujinB })).headers;
    const user = (
      await signedIn(stack, { role: 'enterpriseUser', districtId: 'wujin', enterpriseId: inGrid.id })
    ).headers;

    // Act
    const townList = (await readAll('/api/enterprises?limit=100', town)).flat();
    const gridList = (await readAll('/api/enterprises?limit=100', grid)).flat();
    const userList = (await readAll('/api/enterprises', user)).flat();
    const userDetail = await send('GET', `/api/enterprises/${inGrid.id}`, user);
    const userOther = await send('GET', `/api/enterprises/${outside.id}`, user);
    const gridOther = await send('GET', `/api/enterprises/${outside.id}`, grid);

    // Assess
    expect(townList.every((e) => e.townId === places.wujinB.townId)).toBe(true);
    expect(townList.map((e) => e.id)).toEqual(expect.arrayContaining([inGrid.id, outside.id]));
    expect(gridList.every((e) => e.gridId === places.wujinB.gridId)).toBe(true);
    expect(gridList.map((e) => e.id)).toContain(inGrid.id);
    expect(userList.map((e) => e.id)).toEqual([inGrid.id]);
    expect(userDetail).toMatchObject({ status: 200, body: { principal: { phone: '138****1234' } } });
    expect([userOther.status, gridOther.status]).toEqual([404, 404]);
    expect(townList.every((e) => /^\d{3}\*{4}\d{4}$/.test(e.principal.phone ?? ''))).toBe(true);
  });
});
