import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Enterprise } from '#functions/enterprises/schemas/enterprises';
import { signedIn } from '#tests/fixtures/auth';
import { countByAction, dynamoRequestsDuring } from '#tests/fixtures/dynamo-requests';
import { validEnterprise } from '#tests/fixtures/enterprises';
import {
  city,
  idOf,
  makeEnterprise,
  makePlace,
  type Place,
  pageOf,
  places,
  send,
  stack,
  startWithPlaces,
  stopEnterpriseStack,
  wujinAdmin,
} from '#tests/integration/enterprises/support';

/** Issue 10, items 1 and 5: the enterprise answers carry the names of their town and grid. */
type Named = Enterprise & { districtName: string; townName: string; gridName: string | null };

/** Eight more 武进区 towns with a grid each, named as `makePlace` names them (`<label>镇`, `<label>一网格`). */
const labels = ['洛阳', '雪堰', '前黄', '礼嘉', '嘉泽', '湟里', '横林', '横山桥'];
const more: (Place & { label: string })[] = [];

beforeAll(async () => {
  await startWithPlaces();
  for (const label of labels) more.push({ ...(await makePlace('wujin', label)), label });
  for (const place of more) {
    await makeEnterprise(place);
    await makeEnterprise({ ...place, gridId: null });
  }
});
afterAll(stopEnterpriseStack);

describe('town and grid names with every enterprise', () => {
  it('answers every list row with its district’s, town’s and grid’s names, 网格外 as null', async () => {
    // Act
    const answer = await send('GET', '/api/enterprises?districtId=wujin&limit=100', wujinAdmin);

    // Assess
    expect(answer.status).toBe(200);
    const rows = pageOf(answer).data as Named[];
    for (const place of more) {
      const mine = rows.filter((row) => row.townId === place.townId);
      const names = mine.map((row) => [row.districtName, row.townName, row.gridName]);
      expect(names).toHaveLength(2);
      expect(names).toEqual(
        expect.arrayContaining([
          ['武进区', `${place.label}镇`, `${place.label}一网格`],
          ['武进区', `${place.label}镇`, null],
        ]),
      );
    }
  });

  it('reads the names of a whole page in one batched read per kind, never one read per row', async () => {
    // Act
    const { result: answer, requests } = await dynamoRequestsDuring(stack, () =>
      send('GET', '/api/enterprises?districtId=wujin&limit=100', city),
    );

    // Assess: ≥ 16 rows in ≥ 8 towns and 8 grids; the one GetItem is the caller's account (authenticate)
    expect(answer.status).toBe(200);
    expect((pageOf(answer).data as Named[]).filter((row) => row.townName === '横山桥镇')).toHaveLength(2);
    const counts = countByAction(requests.filter((request) => request.caller === 'enterprises'));
    expect(counts.GetItem ?? 0).toBeLessThanOrEqual(1);
    expect(counts.BatchGetItem).toBeGreaterThanOrEqual(1);
    expect(counts.BatchGetItem).toBeLessThanOrEqual(2);
  });

  it('shows an enterprise user its own enterprise with the names the org routes refuse it (403)', async () => {
    // Prepare
    const own = await makeEnterprise(places.wujinA);
    const user = await signedIn(stack, { role: 'enterpriseUser', districtId: 'wujin', enterpriseId: own.id });

    // Act
    const detail = await send('GET', `/api/enterprises/${own.id}`, user.headers);
    const town = await send('GET', `/api/towns/${places.wujinA.townId}`, user.headers);
    const grid = await send('GET', `/api/grids/${places.wujinA.gridId}`, user.headers);

    // Assess
    expect([town.status, grid.status]).toEqual([403, 403]);
    expect(detail).toMatchObject({
      status: 200,
      body: { id: own.id, districtName: '武进区', townName: '湖塘镇', gridName: '湖塘一网格' },
    });
  });

  it('answers a create and an update with the names of the town and grid written', async () => {
    // Prepare
    const input = validEnterprise(places.wujinA);

    // Act
    const createdAnswer = await send('POST', '/api/enterprises', city, input);
    const id = idOf(createdAnswer);
    const moved = await send('PUT', `/api/enterprises/${id}`, city, {
      ...input,
      townId: places.wujinB.townId,
      gridId: null,
    });

    // Assess
    expect(createdAnswer).toMatchObject({
      status: 201,
      body: { townName: '湖塘镇', gridName: '湖塘一网格' },
    });
    expect(moved).toMatchObject({ status: 200, body: { townName: '牛塘镇', gridName: null } });
  });

  it('shows a renamed town’s new name on the next request (nothing cached across requests)', async () => {
    // Prepare
    const place = await makePlace('liyang', '上兴');
    const enterprise = await makeEnterprise(place);
    const before = await send('GET', `/api/enterprises/${enterprise.id}`, city);

    // Act
    const renamed = await send('PUT', `/api/towns/${place.townId}`, city, { name: '上兴新镇' });
    const after = await send('GET', `/api/enterprises/${enterprise.id}`, city);

    // Assess
    expect(renamed.status).toBe(200);
    expect((before.body as Named).townName).toBe('上兴镇');
    expect((after.body as Named).townName).toBe('上兴新镇');
  });
});
