import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pinClock } from '#functions/platform/clock';
import type { LocalStack } from '#infra/local/stack';
import { countByAction, dynamoRequestsDuring } from '#tests/fixtures/dynamo-requests';
import { callApi, startTestStack } from '#tests/fixtures/local-stack';
import {
  buildOverdueCity,
  getOverdue,
  I1,
  I2,
  I3,
  killedAfterWrites,
  putPoint,
  runOverdue,
} from './overdue-support';

let stack: LocalStack;
let city: Awaited<ReturnType<typeof buildOverdueCity>>;

beforeAll(async () => {
  pinClock(I3); // the trend's "yesterday" is 12-02; sign-ins and requests all happen at I3
  stack = await startTestStack();
  city = await buildOverdueCity(stack);
}, 120_000);
afterAll(async () => {
  pinClock(null);
  await stack?.stop();
});

const f = (active: number, overdue: number, rate: number | null) => ({ active, overdue, rate });
const none = f(0, 0, null);
type Body = {
  asOf: string | null;
  data: { id: string; figures: Record<string, unknown>; overdueSevere: number }[];
};
const body = (answer: { body: unknown }) => answer.body as Body;
const ids = (answer: { body: unknown }) => body(answer).data.map((row) => row.id);
const totals = (answer: { body: unknown }) =>
  Object.fromEntries(body(answer).data.map((row) => [row.id, row.figures.total]));

describe('the overdue job and its routes on the local stack', () => {
  it('answers an empty state before the first run', async () => {
    const answer = await getOverdue(stack, city.headers.city, 'level=city');
    expect(answer).toMatchObject({ status: 200, body: { level: 'city', date: null, asOf: null, data: [] } });
  });

  it('counts the active points once, by the 28 active partitions only, at Beijing 10:00 (I1)', async () => {
    // Act
    const { result, requests } = await dynamoRequestsDuring(stack, () => runOverdue(stack, I1));
    const cityRow = await getOverdue(stack, city.headers.city, 'level=city');
    const districts = await getOverdue(stack, city.headers.city, 'level=district');
    const towns = await getOverdue(stack, city.headers.city, 'level=town');
    const firms = await getOverdue(stack, city.headers.city, 'level=enterprise');

    // Assess: 9 active points (the retired one is in no active partition)
    expect(result).toEqual({ items: 9 });
    const actions = countByAction(requests);
    expect(actions.Scan).toBeUndefined();
    expect(actions.Query).toBe(28);
    expect(body(cityRow)).toMatchObject({ asOf: '2026-12-02T02:00:00.000Z', date: null });
    expect(body(cityRow).data).toEqual([
      {
        level: 'city',
        id: 'city',
        name: '全市',
        districtId: null,
        townId: null,
        gridId: null,
        figures: {
          total: f(9, 5, 5 / 9),
          red: f(3, 2, 2 / 3),
          orange: f(2, 2, 1),
          yellow: f(2, 1, 0.5),
          blue: f(2, 0, 0),
        },
        overdueSevere: 4,
      },
    ]);
    expect(totals(districts)).toEqual({ liyang: f(2, 1, 0.5), wujin: f(7, 4, 4 / 7) });
    const { townA, townB, townC } = city.towns;
    expect(totals(towns)).toEqual({ [townA]: f(6, 3, 0.5), [townB]: f(1, 1, 1), [townC]: f(2, 1, 0.5) });
    expect(body(towns).data.find((row) => row.id === townA)).toMatchObject({ name: '逾期甲镇' });
    const { E1, E2, E3, E4 } = city.firms;
    expect(totals(firms)).toEqual({
      [E1]: f(4, 2, 0.5),
      [E2]: f(2, 1, 0.5),
      [E3]: f(1, 1, 1),
      [E4]: f(2, 1, 0.5),
    });
    expect(body(firms).data.find((row) => row.id === E1)?.figures).toEqual({
      total: f(4, 2, 0.5),
      red: f(2, 1, 0.5),
      orange: f(1, 1, 1),
      yellow: none,
      blue: f(1, 0, 0),
    });
  });

  it('does nothing when run again within the same hour', async () => {
    expect(await runOverdue(stack, new Date(I1.getTime() + 20 * 60_000))).toEqual({
      items: 0,
      skipped: true,
    });
  });

  it('shows each caller its own area and below; a level above it is 404', async () => {
    const { E1, E2, E4 } = city.firms;
    const { townA, townB } = city.towns;
    expect(ids(await getOverdue(stack, city.headers.wujin, 'level=town'))).toEqual([townA, townB].sort());
    expect(ids(await getOverdue(stack, city.headers.wujin, 'level=district'))).toEqual(['wujin']);
    expect(ids(await getOverdue(stack, city.headers.townA, 'level=enterprise'))).toEqual(
      expect.arrayContaining([E1, E2]),
    );
    expect(ids(await getOverdue(stack, city.headers.townA, 'level=enterprise'))).toHaveLength(2);
    expect(ids(await getOverdue(stack, city.headers.gridG1, 'level=enterprise'))).toEqual([E1]);
    expect(ids(await getOverdue(stack, city.headers.firmE1, 'level=enterprise'))).toEqual([E1]);
    expect(
      ids(await getOverdue(stack, city.headers.wujin, `level=enterprise&townId=${city.towns.townC}`)),
    ).toEqual([]);
    expect((await getOverdue(stack, city.headers.wujin, 'level=city')).status).toBe(404);
    expect((await getOverdue(stack, city.headers.townA, 'level=district')).status).toBe(404);
    expect((await getOverdue(stack, city.headers.firmE1, 'level=town')).status).toBe(404);
    // The worst: E1 (2 red/orange overdue), then E4 and E2 (1 each; E4's is red); E3's overdue point is yellow
    expect(ids(await getOverdue(stack, city.headers.city, 'level=enterprise&sort=worst&limit=10'))).toEqual([
      E1,
      E4,
      E2,
    ]);
    expect(ids(await getOverdue(stack, city.headers.wujin, 'level=enterprise&sort=worst'))).toEqual([E1, E2]);
    expect(ids(await getOverdue(stack, city.headers.gridG1, 'level=enterprise&sort=worst'))).toEqual([E1]);
  });

  it('pages a long list with a cursor and refuses a forged one', async () => {
    const first = await getOverdue(stack, city.headers.city, 'level=enterprise&limit=3');
    const cursor = (first.body as { nextCursor: string }).nextCursor;
    const second = await getOverdue(stack, city.headers.city, `level=enterprise&limit=3&cursor=${cursor}`);
    expect([...ids(first), ...ids(second)].sort()).toEqual(Object.values(city.firms).sort());
    const forged = Buffer.from(JSON.stringify({ p: 0, k: { pk: 'user#x', sk: 'y' } })).toString('base64url');
    const refused = await getOverdue(stack, city.headers.city, `level=enterprise&cursor=${forged}`);
    expect(refused).toMatchObject({ status: 400, body: { error: { code: 'INVALID_CURSOR' } } });
  });

  it('resumes a run killed mid-write, and writes the day that ends at Beijing midnight (I2)', async () => {
    // Prepare: E1's orange point is scanned; at I2 E4's blue point (due 02:00Z) has become overdue
    const { E1, E2, E3, E4 } = city.firms;
    const { districtId, townId, gridId } = {
      districtId: 'wujin',
      townId: city.towns.townA,
      gridId: city.grids.gridG1,
    };
    await putPoint('ov-p3', {
      enterpriseId: E1,
      enterpriseName: '逾期甲厂',
      districtId,
      townId,
      gridId,
      level: 'orange',
      nextDueAt: '2026-12-09T00:00:00.000Z',
      status: 'active',
    });

    // Act
    const killed = await killedAfterWrites(stack, 1, () => runOverdue(stack, I2));
    const meanwhile = await getOverdue(stack, city.headers.city, 'level=city');
    const resumed = await runOverdue(stack, I2);
    const current = await getOverdue(stack, city.headers.city, 'level=enterprise');
    const day = await getOverdue(stack, city.headers.city, 'level=enterprise&date=2026-12-02');
    const dayDistricts = await getOverdue(stack, city.headers.city, 'level=district&date=2026-12-02');
    const dayBefore = await getOverdue(stack, city.headers.city, 'level=district&date=2026-12-01');

    // Assess: the killed run left the previous hour current; the rerun finished with the I2 figures
    expect(killed).toBe('killed');
    expect(body(meanwhile).asOf).toBe('2026-12-02T02:00:00.000Z');
    expect(resumed).toEqual({ items: 9 });
    const atI2 = { [E1]: f(4, 1, 0.25), [E2]: f(2, 1, 0.5), [E3]: f(1, 1, 1), [E4]: f(2, 2, 1) };
    expect(body(current).asOf).toBe('2026-12-02T16:00:00.000Z');
    expect(totals(current)).toEqual(atI2);
    expect(body(day)).toMatchObject({ date: '2026-12-02', asOf: '2026-12-02T16:00:00.000Z' });
    expect(totals(day)).toEqual(atI2);
    expect(totals(dayDistricts)).toEqual({ liyang: f(2, 2, 1), wujin: f(7, 3, 3 / 7) });
    expect(body(dayBefore)).toMatchObject({ asOf: null, data: [] });
  });

  it('gives, run as 8 segments and merged by the last, exactly the figures of one run (I3)', async () => {
    // Prepare: nothing falls due between I2 and I3, so I3's figures must equal I2's single run
    const levels = ['city', 'district', 'town', 'enterprise'];
    const single = await Promise.all(
      levels.map((level) => getOverdue(stack, city.headers.city, `level=${level}`)),
    );

    // Act
    const results: unknown[] = [];
    for (let segment = 0; segment < 7; segment += 1)
      results.push(await runOverdue(stack, I3, { segment, totalSegments: 8 }));
    const beforeLast = await getOverdue(stack, city.headers.city, 'level=city');
    results.push(await runOverdue(stack, I3, { segment: 7, totalSegments: 8 }));
    const merged = await Promise.all(
      levels.map((level) => getOverdue(stack, city.headers.city, `level=${level}`)),
    );
    const again = await runOverdue(stack, I3, { segment: 3, totalSegments: 8 });

    // Assess: 9 points read once among the segments; the pointer moves only with the last one
    expect(results.reduce((sum: number, r) => sum + (r as { items: number }).items, 0)).toBe(9);
    expect(body(beforeLast).asOf).toBe('2026-12-02T16:00:00.000Z');
    for (const [index, answer] of merged.entries()) {
      expect(body(answer).asOf).toBe('2026-12-02T17:00:00.000Z');
      expect(body(answer).data).toEqual(body(single[index] as { body: unknown }).data);
    }
    expect(again).toEqual({ items: 0, skipped: true });
  });

  it('draws the daily trend per district from the day snapshots, for supervisors only', async () => {
    const answer = await callApi(stack, '/api/metrics/trend?metric=overdueRate&days=2&level=district', {
      headers: city.headers.city,
    });
    expect(answer.body).toEqual({
      metric: 'overdueRate',
      level: 'district',
      from: '2026-12-01',
      to: '2026-12-02',
      series: [
        {
          id: 'liyang',
          name: '溧阳市',
          districtId: 'liyang',
          points: [{ date: '2026-12-02', ...f(2, 2, 1) }],
        },
        {
          id: 'wujin',
          name: '武进区',
          districtId: 'wujin',
          points: [{ date: '2026-12-02', ...f(7, 3, 3 / 7) }],
        },
      ],
    });
    const towns = await callApi(stack, '/api/metrics/trend?days=2&level=town', {
      headers: city.headers.townA,
    });
    expect((towns.body as { series: { id: string }[] }).series.map((s) => s.id)).toEqual([city.towns.townA]);
    const grid = await callApi(stack, '/api/metrics/trend', { headers: city.headers.gridG1 });
    expect(grid.status).toBe(403);
  });

  it('refuses invalid queries with field errors in Chinese', async () => {
    const answer = await getOverdue(stack, city.headers.city, 'level=country&date=2026-02-30&limit=0');
    expect(answer.status).toBe(400);
    const { fields } = (answer.body as { error: { fields: { path: string; message: string }[] } }).error;
    expect(fields.map((field) => field.path).sort()).toEqual(['query.date', 'query.level', 'query.limit']);
    expect(fields.find((field) => field.path === 'query.date')?.message).toBe('日期不是有效的日期');
    const worst = await getOverdue(stack, city.headers.city, 'level=town&sort=worst');
    expect(worst.status).toBe(400);
    const trend = await callApi(stack, '/api/metrics/trend?days=400&level=grid', {
      headers: city.headers.city,
    });
    expect(trend.status).toBe(400);
  });
});
