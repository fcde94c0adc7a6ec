import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Enterprise, EnterpriseInput } from '#functions/enterprises/schemas/enterprises';
import {
  city,
  makeEnterprise,
  makePlace,
  type Place,
  pageOf,
  places,
  readAll,
  send,
  startWithPlaces,
  stopEnterpriseStack,
} from '#tests/integration/enterprises/support';

beforeAll(async () => {
  await startWithPlaces();
  // The city-wide walk below expects enterprises in 武进区 and 溧阳市 besides the list's own in 金坛区.
  await makeEnterprise(places.wujinA);
  await makeEnterprise(places.liyang);
});
afterAll(stopEnterpriseStack);

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
