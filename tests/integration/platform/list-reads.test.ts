import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalStack } from '#infra/local/stack';
import { createUserDirect, signedIn } from '#tests/fixtures/auth';
import { validEnterprise } from '#tests/fixtures/enterprises';
import { dynamoReadsDuring, itemsRead } from '#tests/fixtures/items-read';
import { callApi, startTestStack } from '#tests/fixtures/local-stack';

type Headers = Record<string, string>;

const PAGE = 2;
/** More than a page in every partition a list below reads, so that a page that reads too much shows it. */
const PER_TOWN = 12;

let stack: LocalStack;
const headers = {} as Record<'city' | 'wujinAdmin' | 'officer' | 'member' | 'liyangAdmin', Headers>;
const place = { townId: '', gridId: '', otherTownId: '', liyangTownId: '' };

const send = (method: string, path: string, as: Headers, body?: unknown) =>
  callApi(stack, path, {
    method,
    headers: as,
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });

async function created(path: string, body: unknown): Promise<string> {
  const answer = await send('POST', path, headers.city, body);
  if (answer.status !== 201)
    throw new Error(`setup ${path}: ${answer.status} ${JSON.stringify(answer.body)}`);
  return (answer.body as { id: string }).id;
}

/** 武进区: two towns of PER_TOWN enterprises (one town with two grids), their officers and grid members, and 溧阳市's. */
beforeAll(async () => {
  stack = await startTestStack();
  headers.city = (await signedIn(stack, { role: 'cityAdmin' })).headers;
  headers.wujinAdmin = (await signedIn(stack, { role: 'districtAdmin', districtId: 'wujin' })).headers;
  headers.liyangAdmin = (await signedIn(stack, { role: 'districtAdmin', districtId: 'liyang' })).headers;
  place.townId = await created('/api/towns', { districtId: 'wujin', name: '读数镇' });
  place.otherTownId = await created('/api/towns', { districtId: 'wujin', name: '读数二镇' });
  place.liyangTownId = await created('/api/towns', { districtId: 'liyang', name: '读数三镇' });
  place.gridId = await created('/api/grids', { townId: place.townId, name: '读数一网格' });
  const secondGrid = await created('/api/grids', { townId: place.townId, name: '读数二网格' });
  for (const [townId, grids] of [
    [place.townId, [place.gridId, secondGrid]],
    [place.otherTownId, [null]],
  ] as const)
    for (let n = 0; n < PER_TOWN; n += 1) {
      const gridId = grids[n % grids.length] ?? null;
      const enterpriseId = await created(
        '/api/enterprises',
        validEnterprise({ districtId: 'wujin', townId, gridId }),
      );
      await createUserDirect({ role: 'enterpriseUser', districtId: 'wujin', enterpriseId });
      await createUserDirect({ role: 'townOfficer', districtId: 'wujin', townId });
      if (gridId) await createUserDirect({ role: 'gridMember', districtId: 'wujin', townId, gridId });
    }
  await created(
    '/api/enterprises',
    validEnterprise({ districtId: 'liyang', townId: place.liyangTownId, gridId: null }),
  );
  headers.officer = (
    await signedIn(stack, { role: 'townOfficer', districtId: 'wujin', townId: place.townId })
  ).headers;
  headers.member = (
    await signedIn(stack, {
      role: 'gridMember',
      districtId: 'wujin',
      townId: place.townId,
      gridId: place.gridId,
    })
  ).headers;
}, 180_000);

afterAll(async () => {
  await stack?.stop();
});

/** The first page of `path` and the items its Queries made DynamoDB read. */
async function firstPage(path: string, as: Headers) {
  const { result, reads } = await dynamoReadsDuring(stack, () => send('GET', path, as));
  const queries = reads.filter((read) => read.action === 'Query');
  return { answer: result, data: (result.body as { data: unknown[] }).data, read: itemsRead(queries) };
}

describe('a list whose filter the index key already answers', () => {
  it.each([
    ['a district admin filtering its district by town', '/api/enterprises?townId=TOWN', 'wujinAdmin'],
    ['a district admin filtering its district by grid', '/api/enterprises?gridId=GRID', 'wujinAdmin'],
    [
      'a city admin filtering a district and one of its towns',
      '/api/enterprises?districtId=wujin&townId=TOWN',
      'city',
    ],
    ['a town officer listing its town', '/api/enterprises', 'officer'],
    ['a town officer filtering its town by grid', '/api/enterprises?gridId=GRID', 'officer'],
    ['a grid member listing its grid', '/api/enterprises', 'member'],
    ['a district admin listing the accounts it manages', '/api/users', 'wujinAdmin'],
    ['a district admin listing one role', '/api/users?role=townOfficer', 'wujinAdmin'],
    ['a district admin filtering accounts by town', '/api/users?townId=TOWN', 'wujinAdmin'],
    [
      'a city admin filtering accounts by district and town',
      '/api/users?districtId=wujin&townId=TOWN',
      'city',
    ],
  ] as const)('reads at most twice a page: %s', async (_case, path, actor) => {
    // Act
    const { answer, data, read } = await firstPage(
      `${path.replace('TOWN', place.townId).replace('GRID', place.gridId)}${path.includes('?') ? '&' : '?'}limit=${PAGE}`,
      headers[actor],
    );

    // Assess
    expect(answer.status).toBe(200);
    expect(data).toHaveLength(PAGE);
    expect(read).toBeLessThanOrEqual(2 * PAGE);
  });

  it('reads one town, not a page of them, for a town officer listing towns, and one grid for a grid member', async () => {
    // Act
    const towns = await firstPage(`/api/towns?limit=${PAGE}`, headers.officer);
    const grids = await firstPage(`/api/grids?limit=${PAGE}`, headers.member);

    // Assess
    expect((towns.data as { id: string }[]).map((town) => town.id)).toEqual([place.townId]);
    expect((grids.data as { id: string }[]).map((grid) => grid.id)).toEqual([place.gridId]);
    expect(towns.read + grids.read).toBeLessThanOrEqual(2);
  });

  it('answers an empty page, reading nothing of the foreign town, when a district admin names another district’s town or grid', async () => {
    // Act
    const enterprises = await firstPage(`/api/enterprises?townId=${place.liyangTownId}`, headers.wujinAdmin);
    const users = await firstPage(`/api/users?townId=${place.liyangTownId}`, headers.wujinAdmin);
    const grid = await firstPage(`/api/enterprises?gridId=${place.gridId}`, headers.liyangAdmin);
    const officerGrid = await firstPage(`/api/enterprises?townId=${place.otherTownId}`, headers.officer);

    // Assess
    for (const list of [enterprises, users, grid, officerGrid]) {
      expect(list.answer).toMatchObject({ status: 200, body: { data: [], nextCursor: null } });
      expect(list.read).toBe(0);
    }
  });

  it('still keeps every row of a filtered page in the filter and the scope', async () => {
    // Act
    const byTown = await firstPage(`/api/enterprises?townId=${place.townId}&limit=100`, headers.wujinAdmin);
    const users = await firstPage('/api/users?limit=100', headers.wujinAdmin);

    // Assess
    const enterprises = byTown.data as { townId: string; districtId: string }[];
    expect(enterprises).toHaveLength(PER_TOWN);
    expect(enterprises.every((row) => row.townId === place.townId && row.districtId === 'wujin')).toBe(true);
    const accounts = users.data as { role: string; districtId: string }[];
    expect(accounts.length).toBeGreaterThan(3 * PER_TOWN);
    expect(accounts.every((row) => row.districtId === 'wujin' && row.role !== 'districtAdmin')).toBe(true);
  });
});
