import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalStack } from '#infra/local/stack';
import { createUserDirect, signedIn } from '#tests/fixtures/auth';
import { validEnterprise } from '#tests/fixtures/enterprises';
import { callApi, startTestStack } from '#tests/fixtures/local-stack';
import { countItems } from '#tests/fixtures/table-count';

type Headers = Record<string, string>;
type Position = { p: number; k: Record<string, unknown> | null };

let stack: LocalStack;
let city: Headers;
let wujinAdmin: Headers;
let liyangAdmin: Headers;

const send = (method: string, path: string, headers: Headers, body?: unknown) =>
  callApi(stack, path, { method, headers, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
const idOf = (answer: { body: unknown }) => (answer.body as { id: string }).id;
const pageOf = (answer: { body: unknown }) =>
  answer.body as { data: { id: string; districtId?: string }[]; nextCursor: string | null };
const decode = (cursor: string) => JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as Position;
const encode = (value: unknown) => Buffer.from(JSON.stringify(value), 'utf8').toString('base64url');

async function created(path: string, body: unknown) {
  const answer = await send('POST', path, city, body);
  if (answer.status !== 201)
    throw new Error(`setup ${path}: ${answer.status} ${JSON.stringify(answer.body)}`);
  return idOf(answer);
}

/** Three towns, grids, enterprises, accounts and messages in each of 武进区 and 溧阳市; the writes are audited. */
async function seed() {
  const { enqueue } = await import('#functions/messages/store/outbox');
  for (const districtId of ['wujin', 'liyang']) {
    const townId = await created('/api/towns', { districtId, name: `${districtId}分页镇` });
    await created('/api/towns', { districtId, name: `${districtId}分页二镇` });
    await created('/api/towns', { districtId, name: `${districtId}分页三镇` });
    for (const n of [1, 2, 3]) {
      const gridId = await created('/api/grids', { townId, name: `分页网格${n}` });
      await created('/api/enterprises', validEnterprise({ districtId, townId, gridId }));
      await createUserDirect({ role: 'townOfficer', districtId, townId });
      await enqueue(
        `pager#${districtId}#${n}`,
        {
          template: 'riskOverdue',
          params: { enterprise: '常州某化工有限公司', count: n },
          recipient: { name: '张三', phone: `1390000${districtId === 'wujin' ? 1 : 2}00${n}` },
          enqueuedBy: 'job:test',
          districtId,
        },
        new Date(Date.now() - n * 1000),
      );
    }
  }
}

beforeAll(async () => {
  stack = await startTestStack();
  city = (await signedIn(stack, { role: 'cityAdmin' })).headers;
  wujinAdmin = (await signedIn(stack, { role: 'districtAdmin', districtId: 'wujin' })).headers;
  liyangAdmin = (await signedIn(stack, { role: 'districtAdmin', districtId: 'liyang' })).headers;
  await seed();
}, 120_000);

afterAll(async () => {
  await stack?.stop();
});

/** The lists and how each reads for a district admin: the path and the district filter of a city admin. */
const lists = ['users', 'messages', 'audit', 'towns', 'grids', 'enterprises'] as const;

/** A next-page cursor of `path` for `headers`; fails the test when the list gives none. */
async function cursorOf(path: string, headers: Headers): Promise<string> {
  const answer = await send('GET', path, headers);
  expect(answer.status).toBe(200);
  const { nextCursor } = pageOf(answer);
  if (!nextCursor) throw new Error(`${path} gave no cursor`);
  return nextCursor;
}

/** Renames the index keys of a start key (`gsi2pk` → `gsi1pk`, …), or adds another index's when it has none. */
function foreignIndexKeys(key: Record<string, unknown>): Record<string, unknown> {
  const names = Object.keys(key);
  if (!names.some((name) => name.startsWith('gsi'))) return { ...key, gsi1pk: 'x', gsi1sk: 'y' };
  return Object.fromEntries(
    Object.entries(key).map(([name, value]) => [
      name.replace(/^gsi(\d)/, (_, n: string) => `gsi${(Number(n) % 3) + 1}`),
      value,
    ]),
  );
}

describe.each(lists)('the %s list through the one pager', (list) => {
  const path = `/api/${list}`;

  it('continues page 1 on page 2 with the cursor it gave, without overlap and inside the scope', async () => {
    // Act
    const first = await send('GET', `${path}?limit=2`, wujinAdmin);
    const second = await send(
      'GET',
      `${path}?limit=2&cursor=${encodeURIComponent(pageOf(first).nextCursor ?? '')}`,
      wujinAdmin,
    );

    // Assess
    expect(first.status).toBe(200);
    expect(second.status).toBe(200);
    const [one, two] = [pageOf(first).data, pageOf(second).data];
    expect(one).toHaveLength(2);
    expect(two.length).toBeGreaterThan(0);
    expect(two.map((item) => item.id).filter((id) => one.some((seen) => seen.id === id))).toEqual([]);
    for (const item of [...one, ...two]) expect(item.districtId ?? 'wujin').toBe('wujin');
  });

  it('refuses a cursor of another district, a forged, a foreign-index and a malformed cursor with 400 INVALID_CURSOR, writing nothing', async () => {
    // Prepare
    const fromLiyangAdmin = await cursorOf(`${path}?limit=1`, liyangAdmin);
    const fromCityInLiyang = await cursorOf(`${path}?limit=1&districtId=liyang`, city);
    const own = decode(await cursorOf(`${path}?limit=1`, wujinAdmin));
    const ownKey = own.k as Record<string, unknown>;
    const sortName = Object.keys(ownKey).find((name) => /^gsi\dsk$/.test(name)) ?? 'sk';
    const forged: Record<string, string> = {
      'liyang admin’s cursor': fromLiyangAdmin,
      'city admin’s cursor in 溧阳': fromCityInLiyang,
      'another partition of the walk': encode({ ...own, p: own.p + 1 }),
      'a key of another index': encode({ ...own, k: foreignIndexKeys(ownKey) }),
      'an extra key name': encode({ ...own, k: { ...ownKey, extra: 'x' } }),
      'a missing key name': encode({ ...own, k: { ...ownKey, [sortName]: undefined } }),
      'a non-string key value': encode({ ...own, k: { ...ownKey, [sortName]: 42 } }),
      'a non-string position': encode({ p: '0', k: ownKey }),
      'not base64 JSON': 'bm90LWpzb24',
      'not base64 at all': '%%%***',
      'JSON of the wrong shape': encode(['pk', 'sk']),
    };
    const before = await countItems(stack);

    // Act
    const answers = Object.fromEntries(
      await Promise.all(
        Object.entries(forged).map(async ([name, cursor]) => {
          const answer = await send(
            'GET',
            `${path}?limit=1&cursor=${encodeURIComponent(cursor)}`,
            wujinAdmin,
          );
          return [name, { status: answer.status, body: answer.body }] as const;
        }),
      ),
    );

    // Assess
    for (const [name, answer] of Object.entries(answers))
      expect({ name, ...answer }).toMatchObject({
        name,
        status: 400,
        body: {
          error: {
            code: 'INVALID_CURSOR',
            fields: [{ path: 'query.cursor', code: 'invalid_cursor' }],
          },
        },
      });
    expect(await countItems(stack)).toEqual(before);
  });
});

describe('the enterprise district walk', () => {
  it('carries the partition in its cursor and walks the city district by district without overlap', async () => {
    // Act: 6 enterprises over 武进 and 溧阳 (and the other districts, empty), 4 a page
    const pages: { id: string; districtId?: string }[][] = [];
    let cursor: string | null = null;
    do {
      const query = cursor ? `&cursor=${encodeURIComponent(cursor)}` : '';
      const answer = await send('GET', `/api/enterprises?limit=4${query}`, city);
      expect(answer.status).toBe(200);
      pages.push(pageOf(answer).data);
      cursor = pageOf(answer).nextCursor;
    } while (cursor && pages.length < 20);

    // Assess
    const ids = pages.flat().map((item) => item.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toHaveLength(6);
    expect(new Set(pages.flat().map((item) => item.districtId))).toEqual(new Set(['wujin', 'liyang']));
  });

  it('refuses the city admin’s walk cursor in 溧阳 to a district admin of 武进', async () => {
    // Prepare: walk the city until the cursor points into 溧阳's partition
    let cursor = await cursorOf('/api/enterprises?limit=1', city);
    let guard = 0;
    while (!JSON.stringify(decode(cursor).k ?? {}).includes('liyang') && guard < 20) {
      cursor = await cursorOf(`/api/enterprises?limit=1&cursor=${encodeURIComponent(cursor)}`, city);
      guard += 1;
    }

    // Act
    const answer = await send('GET', `/api/enterprises?cursor=${encodeURIComponent(cursor)}`, wujinAdmin);

    // Assess
    expect(JSON.stringify(decode(cursor).k)).toContain('liyang');
    expect(answer).toMatchObject({ status: 400, body: { error: { code: 'INVALID_CURSOR' } } });
  });
});
