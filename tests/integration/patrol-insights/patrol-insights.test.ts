import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Enterprise } from '#functions/enterprises/schemas/enterprises';
import { validEnterprise } from '#tests/fixtures/enterprises';
import { countItems } from '#tests/fixtures/table-count';
import { places } from '#tests/integration/enterprises/support';
import {
  findings,
  moveClock,
  patrol,
  rates,
  runRates,
  runRatesSegment,
  send,
  stack,
  startWorld,
  stopWorld,
  who,
  world,
} from './support';

/**
 * 巡查率 and 重复发现 on the local stack, through P's patrol API: the hourly job's snapshot rows per level and
 * scope (hand-counted: 武进区 has 4 in-grid enterprises, 湖塘 3 of them; 溧阳市 1; the city 5), and a town's
 * repeated findings after a second failing patrol of one enterprise.
 */
const DAY1 = '2030-06-10T10:00:00+08:00';
const DAY2 = '2030-06-20T09:00:00+08:00';
const DAY3 = '2030-06-25T09:00:00+08:00';

beforeAll(() => startWorld(DAY1), 120_000);
afterAll(stopWorld);

const row = (answer: Awaited<ReturnType<typeof rates>>, id: string) => answer.rows.find((r) => r.id === id);

describe('the patrol-rates job and GET /api/patrol-rates', () => {
  it('before any patrol: every in-grid enterprise counted, none patrolled', async () => {
    // Act
    await runRates('2030-06-10T10:20:00+08:00');
    const city = await rates(who.city, 'period=2030-06&level=city');
    const districts = await rates(who.city, 'period=2030-06&level=district');
    // Assess
    expect(city.rows).toEqual([
      expect.objectContaining({ id: 'city', name: '全市', inGrid: 5, patrolled: 0, rate: 0 }),
    ]);
    expect(row(districts, 'wujin')).toMatchObject({ name: '武进区', inGrid: 4, patrolled: 0, rate: 0 });
    expect(row(districts, 'liyang')).toMatchObject({ inGrid: 1, patrolled: 0 });
    expect(districts.generatedAt).toBe(new Date('2030-06-10T10:20:00+08:00').toISOString());
  });

  it('after a patrol the next run counts the enterprise in its grid, town, district, the month and quarter', async () => {
    // Prepare
    await patrol(who.memberA, world.e1, ['c07']);
    // Act
    await runRates('2030-06-10T11:20:00+08:00');
    // Assess
    expect(row(await rates(who.city, 'period=2030-06&level=district'), 'wujin')).toMatchObject({
      inGrid: 4,
      patrolled: 1,
      rate: 0.25,
    });
    expect(row(await rates(who.city, 'period=2030Q2&level=city'), 'city')).toMatchObject({
      patrolled: 1,
      rate: 0.2,
    });
    const towns = await rates(who.wujin, 'period=2030-06&level=town');
    expect(towns.rows.map((r) => [r.id, r.inGrid, r.patrolled, r.rate]).sort()).toEqual(
      [
        [places.wujinA.townId, 3, 1, 0.3333],
        [places.wujinB.townId, 1, 0, 0],
      ].sort(),
    );
    expect((await rates(who.city, `period=2030-06&level=grid&townId=${places.wujinA.townId}`)).rows).toEqual([
      expect.objectContaining({ id: places.wujinA.gridId, name: '湖塘一网格', inGrid: 3, patrolled: 1 }),
    ]);
    // a month with no run has no rows yet, and says so
    expect(await rates(who.city, 'period=2030-05&level=district')).toMatchObject({
      generatedAt: null,
      rows: [],
    });
  });

  it('run in segments, each leaves the city row as far as the districts done, the last one whole', async () => {
    // Prepare: 武进区 (index 2 of 7) and 溧阳市 (index 0) fall in different segments of 3
    const cityRow = async () => row(await rates(who.city, 'period=2030-06&level=city'), 'city');
    // Act
    await runRatesSegment('2030-06-10T12:20:00+08:00', 1, 3);
    const afterOne = await cityRow();
    await runRatesSegment('2030-06-10T12:20:00+08:00', 0, 3);
    await runRatesSegment('2030-06-10T12:20:00+08:00', 2, 3);
    const afterAll = await cityRow();
    // Assess: every segment sums its fresh districts with the others' stored rows, so the city never drops one
    expect(afterOne).toMatchObject({ inGrid: 5, patrolled: 1, rate: 0.2 });
    expect(afterAll).toMatchObject({ inGrid: 5, patrolled: 1, rate: 0.2 });
    expect((await rates(who.city, 'period=2030-06&level=district')).rows).toHaveLength(7);
  });

  it('gives each role the rows of its own area only', async () => {
    const ids = async (headers: Record<string, string>, query: string) =>
      (await rates(headers, `period=2030-06&${query}`)).rows.map((r) => r.id);
    expect(await ids(who.wujin, 'level=district')).toEqual(['wujin']);
    expect(await ids(who.wujin, 'level=city')).toEqual([]);
    expect(await ids(who.liyang, 'level=town')).toEqual([places.liyang.townId]);
    expect(await ids(who.liyang, `level=town&districtId=wujin`)).toEqual([]);
    expect(await ids(who.townA, 'level=district')).toEqual([]);
    expect(await ids(who.townA, 'level=town')).toEqual([places.wujinA.townId]);
    expect(await ids(who.townA, 'level=grid')).toEqual([places.wujinA.gridId]);
    expect(await ids(who.townA, `level=grid&townId=${places.wujinB.townId}`)).toEqual([]);
    expect(await ids(who.memberB, 'level=grid')).toEqual([places.wujinB.gridId]);
    expect(await ids(who.memberB, 'level=town')).toEqual([]);
  });

  it('refuses a bad period or level in Chinese, and an enterprise user, writing nothing', async () => {
    // Prepare
    const before = await countItems(stack);
    // Act
    const month = await send('GET', '/api/patrol-rates?period=2030-13', who.city);
    const level = await send('GET', '/api/patrol-rates?level=province', who.city);
    const paged = await send('GET', '/api/patrol-rates?limit=10', who.city);
    // Assess
    expect(month.status).toBe(400);
    expect(JSON.stringify(month.body)).toContain('统计期须为月份');
    expect(level.status).toBe(400);
    expect(paged.status).toBe(400);
    expect(await countItems(stack)).toEqual(before);
  });

  it('a second run in the same hour does nothing; a second patrol of the same enterprise changes no rate', async () => {
    // Prepare
    expect(await runRates('2030-06-10T11:40:00+08:00')).toMatchObject({ skipped: true });
    await moveClock(DAY2);
    await patrol(who.memberA, world.e1, ['c07']);
    await patrol(who.memberB, world.e5);
    // Act
    await runRates('2030-06-20T09:20:00+08:00');
    // Assess: e1 counts once; e5 is 牛塘's first
    expect(row(await rates(who.city, 'period=2030-06&level=district'), 'wujin')).toMatchObject({
      patrolled: 2,
      rate: 0.5,
    });
  });
  it('keeps a grid that lost its enterprises for three hours after the last run that saw them, then drops it', async () => {
    // Prepare: a new grid of 牛塘 with one enterprise, counted by a run
    const grid = await send('POST', '/api/grids', who.city, {
      townId: places.wujinB.townId,
      name: '牛塘二网格',
    });
    const gridId = (grid.body as { id: string }).id;
    const created = await send('POST', '/api/enterprises', who.city, {
      ...validEnterprise({ ...places.wujinB, gridId }),
      name: '牛塘搬迁机械厂',
    });
    const firm = created.body as Enterprise;
    await runRates('2030-06-20T10:20:00+08:00');
    const grids = async () =>
      (await rates(who.townB, 'period=2030-06&level=grid')).rows.map((r) => r.id).sort();
    const counted = await grids();
    // Act: the enterprise moves to the town's first grid; runs one hour and four hours later
    const { id: _id, createdAt: _c, updatedAt: _u, ...input } = firm;
    const moved = await send('PUT', `/api/enterprises/${firm.id}`, who.city, { ...input, ...places.wujinB });
    await runRates('2030-06-20T11:20:00+08:00');
    const anHourLater = await grids();
    await runRates('2030-06-20T14:20:00+08:00');
    const later = await grids();
    // Assess
    expect(moved.status).toBe(200);
    expect(counted).toEqual([places.wujinB.gridId, gridId].sort());
    expect(anHourLater).toEqual([places.wujinB.gridId, gridId].sort());
    expect(later).toEqual([places.wujinB.gridId]);
  });
});

describe('GET /api/patrol-repeated-findings', () => {
  it('lists the enterprise whose item failed on two patrols within 90 days, for its town', async () => {
    // Act
    const list = await findings(who.townA);
    // Assess
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({
      enterpriseId: world.e1,
      enterpriseName: '湖塘一号机械厂',
      code: 'c07',
      kind: 'item',
      count: 2,
      stillFound: true,
      open: true,
    });
    expect(list[0]?.patrols.map((p) => p.day)).toEqual(['2030-06-10', '2030-06-20']);
    expect(list[0]?.hazardIds).toHaveLength(2);
    expect(list[0]?.openHazardIds).toEqual(list[0]?.hazardIds);
  });

  it('in scope: the district and city name the town; other towns, districts and grids see none', async () => {
    expect((await findings(who.wujin, `townId=${places.wujinA.townId}`)).map((f) => f.enterpriseId)).toEqual([
      world.e1,
    ]);
    expect(await findings(who.city, `townId=${places.wujinA.townId}`)).toHaveLength(1);
    expect(await findings(who.liyang, `townId=${places.wujinA.townId}`)).toEqual([]);
    expect(await findings(who.townB)).toEqual([]);
    expect(await findings(who.townB, `townId=${places.wujinA.townId}`)).toEqual([]);
    expect(await findings(who.memberA)).toHaveLength(1);
    expect(await findings(who.memberL)).toEqual([]);
  });

  it('a later patrol that passes the item leaves it open while its hazards are not closed', async () => {
    // Prepare
    await moveClock(DAY3);
    await patrol(who.memberA, world.e1);
    // Act
    const [flag] = await findings(who.townA);
    const openOnly = await findings(who.townA, 'open=true');
    const closedOnly = await findings(who.townA, 'open=false');
    // Assess
    expect(flag).toMatchObject({ code: 'c07', count: 2, stillFound: false, open: true });
    expect(openOnly).toHaveLength(1);
    expect(closedOnly).toEqual([]);
  });

  it('a district or city admin without a town gets a Chinese 400; nothing is written', async () => {
    // Prepare
    const before = await countItems(stack);
    // Act
    const answer = await send('GET', '/api/patrol-repeated-findings', who.wujin);
    const bad = await send('GET', '/api/patrol-repeated-findings?open=maybe', who.townA);
    // Assess
    expect(answer.status).toBe(400);
    expect(JSON.stringify(answer.body)).toContain('请选择镇（街道）');
    expect(bad.status).toBe(400);
    expect(await countItems(stack)).toEqual(before);
  });
});
