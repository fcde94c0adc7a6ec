import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  city,
  type Error4xx,
  names,
  outsideAll,
  runCoverageJob,
  send,
  startWorld,
  stopWorld,
  who,
  world,
} from '#tests/integration/grid-coverage/support';

/** Coverage counts and the outside list against the hand-counted world of support.ts. */
type Counts = { total: number; inGrid: number; outside: number; coverage: number | null };
type Coverage = Counts & {
  generatedAt: string | null;
  districts: (Counts & { districtId: string; towns: (Counts & { townId: string; townName: string })[] })[];
};
const counts = ({ total, inGrid, outside, coverage }: Counts) => ({ total, inGrid, outside, coverage });
const coverageOf = async (headers: Record<string, string>) => {
  const answer = await send('GET', '/api/grid-coverage', headers);
  expect(answer.status).toBe(200);
  return answer.body as Coverage;
};

beforeAll(startWorld, 240_000);
afterAll(stopWorld);

describe('grid coverage', () => {
  it('is empty until the job has run, then counts active enterprises per district and town', async () => {
    const before = await coverageOf(city);
    expect(before.generatedAt).toBeNull();
    expect(counts(before)).toEqual({ total: 0, inGrid: 0, outside: 0, coverage: null });

    await runCoverageJob(new Date('2030-01-01T02:00:00Z'));
    const all = await coverageOf(city);
    expect(all.generatedAt).toBe('2030-01-01T02:00:00.000Z');
    expect(counts(all)).toEqual({ total: 10, inGrid: 4, outside: 6, coverage: 40 });
    expect(all.districts.map((d) => d.districtId)).toHaveLength(7);
    const wujin = all.districts.find((d) => d.districtId === 'wujin');
    expect(wujin && counts(wujin)).toEqual({ total: 8, inGrid: 4, outside: 4, coverage: 50 });
    expect(wujin?.towns.map((t) => [t.townName, counts(t)])).toEqual([
      ['湖塘镇', { total: 6, inGrid: 3, outside: 3, coverage: 50 }],
      ['牛塘镇', { total: 2, inGrid: 1, outside: 1, coverage: 50 }],
    ]);
    const liyang = all.districts.find((d) => d.districtId === 'liyang');
    expect(liyang && counts(liyang)).toEqual({ total: 2, inGrid: 0, outside: 2, coverage: 0 });
    const xinbei = all.districts.find((d) => d.districtId === 'xinbei');
    expect(xinbei && counts(xinbei)).toEqual({ total: 0, inGrid: 0, outside: 0, coverage: null });
  });

  it('keeps a district admin to its district and a town officer to its town; a grid member is refused', async () => {
    const wujin = await coverageOf(who.wujin);
    expect(wujin.districts.map((d) => d.districtId)).toEqual(['wujin']);
    expect(counts(wujin)).toEqual({ total: 8, inGrid: 4, outside: 4, coverage: 50 });
    const town = await coverageOf(who.townB);
    expect(town.districts[0]?.towns.map((t) => t.townName)).toEqual(['牛塘镇']);
    expect(counts(town)).toEqual({ total: 2, inGrid: 1, outside: 1, coverage: 50 });
    const grid = await send('GET', '/api/grid-coverage', who.grid);
    expect(grid.status).toBe(403);
  });
});

describe('the outside-the-grid list', () => {
  it('lists the active outside enterprises in scope, across pages, with their places named', async () => {
    const all = await outsideAll('', city);
    expect(names(all)).toEqual(names([...world.outsideA, ...world.outsideB, ...world.outsideC]));
    expect(all.map((row) => row.name)).not.toContain(world.closedA.name);
    const paper = all.find((row) => row.name === '湖塘纸品有限公司');
    expect(paper).toMatchObject({ townName: '湖塘镇', districtName: '武进区', status: '停产' });
    expect(names(await outsideAll('', who.liyang))).toEqual(names(world.outsideC));
    expect(names(await outsideAll('', who.townA))).toEqual(names(world.outsideA));
  });

  it('filters by district, town, industry and name (name contains or credit code starts with)', async () => {
    expect(names(await outsideAll('districtId=liyang', city))).toEqual(names(world.outsideC));
    expect(names(await outsideAll(`townId=${world.b.townId}`, city))).toEqual(names(world.outsideB));
    expect(names(await outsideAll(`townId=${world.a.townId}&industry=轻工`, city))).toEqual([
      '湖塘纸品有限公司',
    ]);
    expect(names(await outsideAll(`q=${encodeURIComponent('机械')}`, who.wujin))).toEqual(
      names([...world.outsideA.slice(0, 2), ...world.outsideB]),
    );
    const code = world.outsideC[1]?.creditCode ?? '';
    expect(names(await outsideAll(`q=${code}`, city))).toEqual(['天目湖机械二厂']);
  });

  it('is silently empty outside the scope, and refuses bad filters with Chinese field errors', async () => {
    expect(await outsideAll('districtId=liyang', who.wujin)).toEqual([]);
    expect(await outsideAll(`townId=${world.c.townId}`, who.wujin)).toEqual([]);
    expect(await outsideAll(`townId=${world.b.townId}`, who.townA)).toEqual([]);
    const bad = await send('GET', '/api/grid-coverage/outside?industry=化工', city);
    expect(bad.status).toBe(400);
    expect((bad.body as Error4xx).error.fields?.[0]?.path).toBe('query.industry');
    expect((await send('GET', '/api/grid-coverage/outside', who.grid)).status).toBe(403);
  });
});
