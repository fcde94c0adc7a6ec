import type { Enterprise } from '#functions/enterprises/schemas/enterprises';
import { runJob } from '#infra/local/scheduler';
import { signedIn } from '#tests/fixtures/auth';
import {
  city,
  type Headers,
  makeEnterprise,
  type Place,
  places,
  send,
  stack,
  startWithPlaces,
  stopEnterpriseStack,
} from '#tests/integration/enterprises/support';

/**
 * The grid-coverage tests' world, written by hand: 武进区 towns 湖塘 (A, grid 湖塘一网格) and 牛塘 (B, grid 牛塘一网格),
 * 溧阳市 town 天目湖 (C, grid 天目湖一网格), and a second grid in 湖塘 and one more 武进区 town without enterprises.
 *
 *   湖塘 A: in grid 3 · outside 机械 2 (正常生产), 轻工 1 (停产) · outside 关闭 1 (not active: never counted)
 *   牛塘 B: in grid 1 · outside 1 (机械)
 *   天目湖 C: outside 2 (机械)
 * Active enterprises by hand: 湖塘 6 / 3 in grid / 3 outside (50%), 牛塘 2 / 1 / 1 (50%), 武进区 8 / 4 / 4 (50%),
 * 天目湖 = 溧阳市 2 / 0 / 2 (0%), the city 10 / 4 / 6 (40%); the 5 other districts 0 (coverage null).
 */
export { city, send, stack };
export type Error4xx = {
  error: { code: string; message: string; fields?: { path: string; code: string }[] };
};

export const who = {} as Record<'wujin' | 'liyang' | 'townA' | 'townB' | 'grid', Headers>;
export const world = {
  a: {} as Place & { gridId: string },
  b: {} as Place & { gridId: string },
  c: {} as Place & { gridId: string },
  /** A second grid of 湖塘. */
  a2GridId: '',
  outsideA: [] as Enterprise[],
  outsideB: [] as Enterprise[],
  outsideC: [] as Enterprise[],
  closedA: {} as Enterprise,
};

export async function startWorld() {
  await startWithPlaces();
  world.a = places.wujinA;
  world.b = places.wujinB;
  world.c = places.liyang;
  const grid2 = await send('POST', '/api/grids', city, { townId: world.a.townId, name: '湖塘二网格' });
  world.a2GridId = (grid2.body as { id: string }).id;
  const outside = (place: Place) => ({ ...place, gridId: null });
  for (let i = 0; i < 3; i += 1) await makeEnterprise(world.a, { name: `湖塘网格内企业${i}有限公司` });
  world.outsideA.push(await makeEnterprise(outside(world.a), { name: '湖塘精密机械有限公司' }));
  world.outsideA.push(await makeEnterprise(outside(world.a), { name: '湖塘重工机械有限公司' }));
  world.outsideA.push(
    await makeEnterprise(outside(world.a), { name: '湖塘纸品有限公司', industry: '轻工', status: '停产' }),
  );
  world.closedA = await makeEnterprise(outside(world.a), { name: '湖塘已关闭厂', status: '关闭' });
  await makeEnterprise(world.b, { name: '牛塘网格内企业有限公司' });
  world.outsideB.push(await makeEnterprise(outside(world.b), { name: '牛塘机械有限公司' }));
  world.outsideC.push(await makeEnterprise(outside(world.c), { name: '天目湖机械一厂' }));
  world.outsideC.push(await makeEnterprise(outside(world.c), { name: '天目湖机械二厂' }));
  who.wujin = (await signedIn(stack, { role: 'districtAdmin', districtId: 'wujin' })).headers;
  who.liyang = (await signedIn(stack, { role: 'districtAdmin', districtId: 'liyang' })).headers;
  who.townA = (
    await signedIn(stack, { role: 'townOfficer', districtId: 'wujin', townId: world.a.townId })
  ).headers;
  who.townB = (
    await signedIn(stack, { role: 'townOfficer', districtId: 'wujin', townId: world.b.townId })
  ).headers;
  who.grid = (await signedIn(stack, { role: 'gridMember', ...world.a })).headers;
}

export const stopWorld = () => stopEnterpriseStack();

/** Runs the coverage job as the scheduler would, at `at` (each slot once). */
export async function runCoverageJob(at: Date) {
  const job = stack.bindings.jobs.find((candidate) => candidate.name === 'grid-coverage');
  if (!job) throw new Error('the manifest has no grid-coverage job');
  return runJob(job, at);
}

export type OutsideRow = { id: string; name: string; townName: string; districtName: string; status: string };

/** Every page of an outside list, following cursors. */
export async function outsideAll(query: string, headers: Headers): Promise<OutsideRow[]> {
  const rows: OutsideRow[] = [];
  let cursor: string | null = null;
  do {
    const path = `/api/grid-coverage/outside?limit=2${query ? `&${query}` : ''}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
    const answer = await send('GET', path, headers);
    if (answer.status !== 200) throw new Error(`outside: ${answer.status} ${JSON.stringify(answer.body)}`);
    const page = answer.body as { data: OutsideRow[]; nextCursor: string | null };
    rows.push(...page.data);
    cursor = page.nextCursor;
  } while (cursor);
  return rows;
}

export const names = (rows: readonly { name: string }[]) => rows.map((row) => row.name).sort();
