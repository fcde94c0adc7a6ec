import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Enterprise, EnterpriseInput } from '#functions/enterprises/schemas/enterprises';
import type { LocalStack } from '#infra/local/stack';
import { signedIn } from '#tests/fixtures/auth';
import { freshCreditCode, validEnterprise } from '#tests/fixtures/enterprises';
import { callApi, startTestStack } from '#tests/fixtures/local-stack';

type Headers = Record<string, string>;
type Place = { districtId: string; townId: string; gridId: string | null };

let stack: LocalStack;
let city: Headers;
let wujinAdmin: Headers;
/** 武进区 towns A and B (each with one grid) and 溧阳市 town C. */
const places = {} as Record<'wujinA' | 'wujinB' | 'liyang', Place & { gridId: string }>;

const send = (method: string, path: string, headers: Headers, body?: unknown) =>
  callApi(stack, path, { method, headers, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
const idOf = (answer: { body: unknown }) => (answer.body as { id: string }).id;
const pageOf = (answer: { body: unknown }) =>
  answer.body as { data: Enterprise[]; nextCursor: string | null };

async function makePlace(districtId: string, label: string) {
  const town = await send('POST', '/api/towns', city, { districtId, name: `${label}镇` });
  const grid = await send('POST', '/api/grids', city, { townId: idOf(town), name: `${label}一网格` });
  return { districtId, townId: idOf(town), gridId: idOf(grid) };
}

/** A valid enterprise in `place`, created by the city admin. */
async function makeEnterprise(place: Place, overrides: Partial<EnterpriseInput> = {}): Promise<Enterprise> {
  const answer = await send('POST', '/api/enterprises', city, { ...validEnterprise(place), ...overrides });
  if (answer.status !== 201) throw new Error(`setup failed: ${answer.status} ${JSON.stringify(answer.body)}`);
  return answer.body as Enterprise;
}

/** Every page of a list, following cursors. */
async function readAll(path: string, headers: Headers) {
  const pages: Enterprise[][] = [];
  let cursor: string | null = null;
  do {
    const separator = path.includes('?') ? '&' : '?';
    const answer = await send(
      'GET',
      `${path}${cursor ? `${separator}cursor=${encodeURIComponent(cursor)}` : ''}`,
      headers,
    );
    expect(answer.status).toBe(200);
    pages.push(pageOf(answer).data);
    cursor = pageOf(answer).nextCursor;
  } while (cursor && pages.length < 50);
  return pages;
}

beforeAll(async () => {
  stack = await startTestStack();
  city = (await signedIn(stack, { role: 'cityAdmin' })).headers;
  wujinAdmin = (await signedIn(stack, { role: 'districtAdmin', districtId: 'wujin' })).headers;
  places.wujinA = await makePlace('wujin', '湖塘');
  places.wujinB = await makePlace('wujin', '牛塘');
  places.liyang = await makePlace('liyang', '天目湖');
});
afterAll(async () => {
  await stack?.stop();
});

describe('creating, reading, changing and deleting an enterprise', () => {
  it('creates an enterprise with 201, full phones for its manager and one audit entry', async () => {
    // Prepare
    const input = {
      ...validEnterprise(places.wujinA),
      name: '常州恒泰钢铁有限公司',
      flags: ['dust' as const],
    };

    // Act
    const answer = await send('POST', '/api/enterprises', wujinAdmin, input);

    // Assess
    expect(answer.status).toBe(201);
    expect(answer.body).toMatchObject({
      ...input,
      id: expect.any(String),
      principal: { phone: '13800001234' },
    });
    const read = await send('GET', `/api/enterprises/${idOf(answer)}`, wujinAdmin);
    expect(read.body).toEqual(answer.body);
    const log = await send('GET', '/api/audit?limit=100&entity=enterprise', city);
    const entry = (log.body as { data: { entityId: string; action: string }[] }).data.find(
      (e) => e.entityId === idOf(answer),
    );
    expect(entry).toMatchObject({ action: 'create' });
  });

  it('refuses a second enterprise with the same credit code: 409 DUPLICATE_CREDIT_CODE, nothing written', async () => {
    // Prepare
    const first = await makeEnterprise(places.wujinB);
    const before = await readAll(`/api/enterprises?townId=${places.wujinB.townId}`, city);

    // Act
    const answer = await send('POST', '/api/enterprises', city, {
      ...validEnterprise(places.wujinA),
      creditCode: first.creditCode,
    });

    // Assess
    expect(answer.status).toBe(409);
    expect(answer.body).toMatchObject({
      error: { code: 'DUPLICATE_CREDIT_CODE', message: expect.stringContaining('已登记') },
    });
    expect(await readAll(`/api/enterprises?townId=${places.wujinB.townId}`, city)).toEqual(before);
  });

  it('moves the credit-code claim when an update changes the code, and frees it on delete', async () => {
    // Prepare
    const enterprise = await makeEnterprise(places.wujinA);
    const { id, createdAt, updatedAt, ...input } = enterprise;
    const newCode = freshCreditCode();

    // Act
    const updated = await send('PUT', `/api/enterprises/${id}`, city, {
      ...input,
      principal: { name: '王伟', phone: '13812341234' },
      creditCode: newCode,
    });
    const oldCodeReused = await send('POST', '/api/enterprises', city, {
      ...validEnterprise(places.wujinB),
      creditCode: enterprise.creditCode,
    });
    const newCodeTaken = await send('POST', '/api/enterprises', city, {
      ...validEnterprise(places.wujinB),
      creditCode: newCode,
    });
    const deleted = await send('DELETE', `/api/enterprises/${id}`, city);
    const newCodeAfterDelete = await send('POST', '/api/enterprises', city, {
      ...validEnterprise(places.wujinB),
      creditCode: newCode,
    });

    // Assess
    expect(updated).toMatchObject({ status: 200, body: { id, creditCode: newCode, createdAt } });
    expect((updated.body as Enterprise).updatedAt > updatedAt).toBe(true);
    expect(oldCodeReused.status).toBe(201);
    expect(newCodeTaken).toMatchObject({ status: 409, body: { error: { code: 'DUPLICATE_CREDIT_CODE' } } });
    expect(deleted.status).toBe(204);
    expect((await send('GET', `/api/enterprises/${id}`, city)).status).toBe(404);
    expect(newCodeAfterDelete.status).toBe(201);
  });

  it('refuses a town of another district and a grid of another town with 400 and field errors', async () => {
    // Act
    const wrongTown = await send(
      'POST',
      '/api/enterprises',
      city,
      validEnterprise({ ...places.wujinA, townId: places.liyang.townId, gridId: null }),
    );
    const wrongGrid = await send(
      'POST',
      '/api/enterprises',
      city,
      validEnterprise({ ...places.wujinA, gridId: places.wujinB.gridId }),
    );

    // Assess
    expect(wrongTown).toMatchObject({
      status: 400,
      body: { error: { fields: [{ path: 'body.townId', message: expect.stringContaining('镇（街道）') }] } },
    });
    expect(wrongGrid).toMatchObject({
      status: 400,
      body: { error: { fields: [{ path: 'body.gridId', message: expect.stringContaining('网格') }] } },
    });
  });
});

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

describe('the enterprise list', () => {
  let filtered: Place & { gridId: string };
  const made: Enterprise[] = [];

  beforeAll(async () => {
    filtered = await makePlace('jintan', '薛埠');
    const variants: Partial<EnterpriseInput>[] = [
      { industry: '冶金', name: '金坛精密钢铁有限公司', flags: ['dust'] },
      { industry: '冶金', status: '停产', gridId: null },
      { industry: '机械', flags: ['nonCoalMine', 'dust'], gridId: null },
      { industry: '纺织', name: '金坛纺织印染有限公司' },
      { industry: '冶金', flags: ['listingReserve'] },
      { industry: '商贸', gridId: null },
      { industry: '冶金', name: '金坛特钢有限公司', status: '关闭' },
    ];
    for (const variant of variants) made.push(await makeEnterprise(filtered, variant));
  });

  it('filters by town, grid, outside the grid, industry, status, flag and name, masking phones', async () => {
    // Prepare
    const ids = (list: Enterprise[][]) =>
      list
        .flat()
        .map((e) => e.id)
        .sort();
    const expect_ = (pick: (e: Enterprise) => boolean) =>
      made
        .filter(pick)
        .map((e) => e.id)
        .sort();
    const base = '/api/enterprises?limit=100';

    // Act
    const byTown = await readAll(`${base}&townId=${filtered.townId}`, city);
    const byGrid = await readAll(`${base}&gridId=${filtered.gridId}`, city);
    const outsideInDistrict = await readAll(`${base}&districtId=jintan&gridId=none`, city);
    const outsideCity = await readAll(`${base}&gridId=none`, city);
    const metallurgy = await readAll(
      `${base}&districtId=jintan&industry=${encodeURIComponent('冶金')}`,
      city,
    );
    const stopped = await readAll(
      `${base}&townId=${filtered.townId}&status=${encodeURIComponent('停产')}`,
      city,
    );
    const dust = await readAll(`${base}&flag=dust&districtId=jintan`, city);
    const named = await readAll(`${base}&q=${encodeURIComponent('钢')}&districtId=jintan`, city);

    // Assess
    expect(ids(byTown)).toEqual(expect_(() => true));
    expect(ids(byGrid)).toEqual(expect_((e) => e.gridId === filtered.gridId));
    expect(ids(outsideInDistrict)).toEqual(expect_((e) => e.gridId === null));
    expect(ids(outsideCity)).toEqual(expect.arrayContaining(expect_((e) => e.gridId === null)));
    expect(outsideCity.flat().every((e) => e.gridId === null)).toBe(true);
    expect(ids(metallurgy)).toEqual(expect_((e) => e.industry === '冶金'));
    expect(ids(stopped)).toEqual(expect_((e) => e.status === '停产'));
    expect(ids(dust)).toEqual(expect_((e) => e.flags.includes('dust')));
    expect(ids(named)).toEqual(expect_((e) => e.name.includes('钢')));
    expect(
      byTown
        .flat()
        .every((e) => e.principal.phone === '138****1234' && e.safetyContact?.phone === '139****5678'),
    ).toBe(true);
  });

  it('pages with cursors without losing or repeating anything, also when a filter drops items', async () => {
    // Act
    const plain = await readAll(`/api/enterprises?limit=2&townId=${filtered.townId}`, city);
    const withFilter = await readAll(
      `/api/enterprises?limit=2&districtId=jintan&industry=${encodeURIComponent('冶金')}`,
      city,
    );

    // Assess
    expect(plain.length).toBeGreaterThanOrEqual(4);
    expect(plain.slice(0, -1).every((page) => page.length === 2)).toBe(true);
    const plainIds = plain.flat().map((e) => e.id);
    expect(new Set(plainIds).size).toBe(made.length);
    expect(plainIds.sort()).toEqual(made.map((e) => e.id).sort());
    const metallurgyIds = withFilter.flat().map((e) => e.id);
    expect(metallurgyIds.sort()).toEqual(
      made
        .filter((e) => e.industry === '冶金')
        .map((e) => e.id)
        .sort(),
    );
  });

  it('walks the whole city district by district for the city admin', async () => {
    // Act
    const pages = await readAll('/api/enterprises?limit=3', city);

    // Assess
    const all = pages.flat();
    expect(new Set(all.map((e) => e.id)).size).toBe(all.length);
    expect(new Set(all.map((e) => e.districtId))).toEqual(new Set(['wujin', 'liyang', 'jintan']));
    expect(all.map((e) => e.id)).toEqual(expect.arrayContaining(made.map((e) => e.id)));
  });

  it('refuses a cursor that does not decode, or that points into another partition, with 400 INVALID_CURSOR', async () => {
    // Prepare
    const first = pageOf(await send('GET', `/api/enterprises?limit=1&townId=${filtered.townId}`, city));
    const position = JSON.parse(Buffer.from(first.nextCursor ?? '', 'base64url').toString()) as {
      p: number;
      k: Record<string, string>;
    };
    const tampered = { ...position, k: { ...position.k, gsi2pk: '$changan#townid_someone-elses-town' } };
    const tamperedCursor = Buffer.from(JSON.stringify(tampered)).toString('base64url');

    // Act
    const garbage = await send('GET', `/api/enterprises?cursor=not-a-cursor`, city);
    const foreign = await send(
      'GET',
      `/api/enterprises?townId=${filtered.townId}&cursor=${tamperedCursor}`,
      city,
    );
    const elsewhere = await send(
      'GET',
      `/api/enterprises?townId=${places.wujinA.townId}&cursor=${first.nextCursor}`,
      city,
    );

    // Assess
    for (const answer of [garbage, foreign, elsewhere])
      expect(answer).toMatchObject({
        status: 400,
        body: { error: { code: 'INVALID_CURSOR', message: expect.stringContaining('分页') } },
      });
  });

  it('caps the page size at 100', async () => {
    expect((await send('GET', '/api/enterprises?limit=101', city)).status).toBe(400);
  });
});
