import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validEnterprise } from '#tests/fixtures/enterprises';
import {
  auditEntriesOf,
  city,
  get,
  idOf,
  liyang,
  newUser,
  org,
  post,
  send,
  startIdentityStack,
  stopIdentityStack,
  wujin,
} from '#tests/integration/identity/support';

/**
 * Creating, renaming and deleting towns and grids: the refusals a district admin meets (with their Chinese
 * messages, written here by hand) and the audit entry each write leaves. Every test makes its own towns.
 */
beforeAll(startIdentityStack);
afterAll(stopIdentityStack);

const put = (path: string, body: unknown, headers: Record<string, string>) =>
  send('PUT', path, body, headers);
const remove = (path: string, headers: Record<string, string>) => send('DELETE', path, undefined, headers);

describe('towns', () => {
  it('are created once per name in a district, and only in the admin’s own district', async () => {
    // Act
    const made = await post('/api/towns', { districtId: 'wujin', name: '雪堰镇' }, wujin.headers);
    const twice = await post('/api/towns', { districtId: 'wujin', name: '雪堰镇' }, wujin.headers);
    const elsewhere = await post('/api/towns', { districtId: 'liyang', name: '雪堰镇' }, liyang.headers);
    const foreign = await post('/api/towns', { districtId: 'liyang', name: '别区镇' }, wujin.headers);

    // Assess
    expect(made).toMatchObject({ status: 201, body: { districtId: 'wujin', name: '雪堰镇' } });
    expect(await auditEntriesOf(made)).toMatchObject([
      {
        action: 'create',
        entity: 'town',
        entityId: idOf(made),
        districtId: 'wujin',
        summary: '新建镇（街道）雪堰镇',
      },
    ]);
    expect(twice).toMatchObject({
      status: 409,
      body: { error: { code: 'DUPLICATE_NAME', message: '武进区已有名为“雪堰镇”的镇（街道）' } },
    });
    expect(elsewhere.status).toBe(201);
    expect(foreign).toMatchObject({
      status: 403,
      body: { error: { message: '只能在本辖区内新建镇（街道）' } },
    });
    expect(await auditEntriesOf(twice)).toEqual([]);
  });

  it('are renamed with their old and new names in the audit, and never onto a sibling’s name', async () => {
    // Prepare
    const town = await post('/api/towns', { districtId: 'wujin', name: '前黄镇' }, wujin.headers);
    await post('/api/towns', { districtId: 'wujin', name: '礼嘉镇' }, wujin.headers);

    // Act
    const same = await put(`/api/towns/${idOf(town)}`, { name: '前黄镇' }, wujin.headers);
    const renamed = await put(`/api/towns/${idOf(town)}`, { name: '前黄新镇' }, wujin.headers);
    const onSibling = await put(`/api/towns/${idOf(town)}`, { name: '礼嘉镇' }, wujin.headers);

    // Assess
    expect(same.status).toBe(200);
    expect(renamed).toMatchObject({ status: 200, body: { id: idOf(town), name: '前黄新镇' } });
    expect(await auditEntriesOf(renamed)).toMatchObject([
      {
        action: 'update',
        entity: 'town',
        entityId: idOf(town),
        districtId: 'wujin',
        summary: '镇（街道）前黄镇 更名为 前黄新镇',
      },
    ]);
    expect(onSibling).toMatchObject({
      status: 409,
      body: { error: { code: 'DUPLICATE_NAME', message: '武进区已有名为“礼嘉镇”的镇（街道）' } },
    });
    expect((await get(`/api/towns/${idOf(town)}`, wujin.headers)).body).toMatchObject({ name: '前黄新镇' });
  });

  it('refuse deletion while accounts belong to them', async () => {
    // Prepare
    const town = await post('/api/towns', { districtId: 'wujin', name: '有账号的镇' }, wujin.headers);
    const officer = newUser({ role: 'townOfficer', districtId: 'wujin', townId: idOf(town) });
    expect((await post('/api/users', officer, wujin.headers)).status).toBe(201);

    // Act
    const refused = await remove(`/api/towns/${idOf(town)}`, wujin.headers);

    // Assess
    expect(refused).toMatchObject({
      status: 409,
      body: {
        error: {
          code: 'TOWN_HAS_USERS',
          message: '该镇（街道）下还有用户账号，请先调整这些账号的所属镇（街道）',
        },
      },
    });
    expect((await get(`/api/towns/${idOf(town)}`, wujin.headers)).status).toBe(200);
  });
});

describe('grids', () => {
  it('are created once per name in a town, only in a town the admin manages', async () => {
    // Prepare
    const town = await post('/api/towns', { districtId: 'wujin', name: '洛阳镇' }, wujin.headers);

    // Act
    const made = await post('/api/grids', { townId: idOf(town), name: '东片网格' }, wujin.headers);
    const twice = await post('/api/grids', { townId: idOf(town), name: '东片网格' }, wujin.headers);
    const otherTown = await post('/api/grids', { townId: org.wujinTown, name: '东片网格' }, wujin.headers);
    const foreign = await post('/api/grids', { townId: org.liyangTown, name: '西片网格' }, wujin.headers);

    // Assess
    expect(made).toMatchObject({
      status: 201,
      body: { townId: idOf(town), districtId: 'wujin', name: '东片网格' },
    });
    expect(await auditEntriesOf(made)).toMatchObject([
      {
        action: 'create',
        entity: 'grid',
        entityId: idOf(made),
        districtId: 'wujin',
        summary: '在洛阳镇新建网格东片网格',
      },
    ]);
    expect(twice).toMatchObject({
      status: 409,
      body: { error: { code: 'DUPLICATE_NAME', message: '该镇（街道）已有名为“东片网格”的网格' } },
    });
    expect(otherTown.status).toBe(201);
    expect(foreign).toMatchObject({
      status: 400,
      body: {
        error: {
          message: '所选镇（街道）不存在或不在您的辖区',
          fields: [
            { path: 'body.townId', code: 'unknown_town', message: '所选镇（街道）不存在或不在您的辖区' },
          ],
        },
      },
    });
  });

  it('are renamed with both names in the audit, never onto a sibling’s name, and not by another district', async () => {
    // Prepare
    const town = await post('/api/towns', { districtId: 'wujin', name: '横林镇' }, wujin.headers);
    const grid = await post('/api/grids', { townId: idOf(town), name: '一组' }, wujin.headers);
    await post('/api/grids', { townId: idOf(town), name: '二组' }, wujin.headers);

    // Act
    const same = await put(`/api/grids/${idOf(grid)}`, { name: '一组' }, wujin.headers);
    const renamed = await put(`/api/grids/${idOf(grid)}`, { name: '一片' }, wujin.headers);
    const onSibling = await put(`/api/grids/${idOf(grid)}`, { name: '二组' }, wujin.headers);
    const byLiyang = await put(`/api/grids/${idOf(grid)}`, { name: '溧阳改名' }, liyang.headers);
    const readByLiyang = await get(`/api/grids/${idOf(grid)}`, liyang.headers);

    // Assess
    expect(same.status).toBe(200);
    expect(renamed).toMatchObject({ status: 200, body: { id: idOf(grid), name: '一片' } });
    expect(await auditEntriesOf(renamed)).toMatchObject([
      {
        action: 'update',
        entity: 'grid',
        entityId: idOf(grid),
        districtId: 'wujin',
        summary: '网格一组 更名为 一片',
      },
    ]);
    expect(onSibling).toMatchObject({
      status: 409,
      body: { error: { code: 'DUPLICATE_NAME', message: '该镇（街道）已有名为“二组”的网格' } },
    });
    expect(byLiyang.status).toBe(404);
    expect(readByLiyang.status).toBe(404);
    expect((await get(`/api/grids/${idOf(grid)}`, city.headers)).body).toMatchObject({ name: '一片' });
  });

  it('answer renames sent at once with one winner per stored version and a refusal for the rest', async () => {
    // Prepare
    const town = await post('/api/towns', { districtId: 'wujin', name: '遥观镇' }, wujin.headers);
    const grid = await post('/api/grids', { townId: idOf(town), name: '原名' }, wujin.headers);
    const names = Array.from({ length: 8 }, (_, i) => `新名${i}`);

    // Act
    const answers = await Promise.all(
      names.map((name) => put(`/api/grids/${idOf(grid)}`, { name }, wujin.headers)),
    );

    // Assess
    const won = answers.filter((answer) => answer.status === 200);
    const lost = answers.filter((answer) => answer.status !== 200);
    const stored = (await get(`/api/grids/${idOf(grid)}`, wujin.headers)).body as { name: string };
    expect(won.length).toBeGreaterThan(0);
    expect(won.map((answer) => (answer.body as { name: string }).name)).toContain(stored.name);
    for (const answer of lost)
      expect(answer).toMatchObject({
        status: 409,
        body: { error: { code: 'EDIT_CONFLICT', message: '该网格刚被他人修改，请刷新后重试' } },
      });
  });

  it('refuse deletion while a grid member or an enterprise belongs to them, and audit the deletion', async () => {
    // Prepare
    const town = await post('/api/towns', { districtId: 'wujin', name: '嘉泽镇' }, wujin.headers);
    const staffed = await post('/api/grids', { townId: idOf(town), name: '有人网格' }, wujin.headers);
    const busy = await post('/api/grids', { townId: idOf(town), name: '有企业网格' }, wujin.headers);
    const empty = await post('/api/grids', { townId: idOf(town), name: '空网格' }, wujin.headers);
    const member = newUser({
      role: 'gridMember',
      districtId: 'wujin',
      townId: idOf(town),
      gridId: idOf(staffed),
    });
    expect((await post('/api/users', member, wujin.headers)).status).toBe(201);
    const place = { districtId: 'wujin', townId: idOf(town), gridId: idOf(busy) };
    expect((await post('/api/enterprises', validEnterprise(place), wujin.headers)).status).toBe(201);

    // Act
    const withMember = await remove(`/api/grids/${idOf(staffed)}`, wujin.headers);
    const withEnterprise = await remove(`/api/grids/${idOf(busy)}`, wujin.headers);
    const deleted = await remove(`/api/grids/${idOf(empty)}`, wujin.headers);

    // Assess
    expect(withMember).toMatchObject({
      status: 409,
      body: {
        error: { code: 'GRID_HAS_USERS', message: '该网格下还有网格员账号，请先调整这些账号的所属网格' },
      },
    });
    expect(withEnterprise).toMatchObject({
      status: 409,
      body: {
        error: { code: 'GRID_HAS_ENTERPRISES', message: '该网格下还有企业，请先将企业划转到其他网格' },
      },
    });
    expect(deleted.status).toBe(204);
    expect(await auditEntriesOf(deleted)).toMatchObject([
      {
        action: 'delete',
        entity: 'grid',
        entityId: idOf(empty),
        districtId: 'wujin',
        summary: '删除网格空网格',
      },
    ]);
    expect((await get(`/api/grids/${idOf(empty)}`, wujin.headers)).status).toBe(404);
    expect((await get(`/api/grids/${idOf(staffed)}`, wujin.headers)).status).toBe(200);
    expect((await get(`/api/grids/${idOf(busy)}`, wujin.headers)).status).toBe(200);
  });
});
