import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedIn } from '#tests/fixtures/auth';
import {
  city,
  type Failure,
  liyangAdmin,
  makeAgency,
  makeDeduction,
  makeRule,
  send,
  stack,
  startNoticeStack,
  stopNoticeStack,
  today,
  wujinAdmin,
} from './support';

type Row = {
  districtId: string;
  agencies: number;
  deductions: number;
  points: number;
  notices: number;
  difference: Record<string, number>;
  aboveAverage: { deductions: boolean; points: boolean };
};
type Stats = { districts: Row[]; city: Record<string, number>; average: Record<string, number> };

const year = Number(today.slice(0, 4));
const quarter = Math.floor((Number(today.slice(5, 7)) - 1) / 3) + 1;
const statsPath = `/api/agency-stats?year=${year}&quarter=${quarter}`;

// 武进区: a1 twice (5 + 5), a2 once (3), one more revoked; 溧阳市: a3 (5) and a1, which works there too (5).
// Notices: one published by 武进区, one by the city, a 溧阳市 draft.
beforeAll(async () => {
  await startNoticeStack();
  await makeRule('TJ-05', 5);
  await makeRule('TJ-03', 3);
  const a1 = await makeAgency('wujin', { workDistrictIds: ['wujin', 'liyang'] });
  const a2 = await makeAgency('wujin');
  const a3 = await makeAgency('liyang');
  const w1 = await makeDeduction(wujinAdmin, a1.id, 'TJ-05', 5);
  await makeDeduction(wujinAdmin, a1.id, 'TJ-05', 5);
  await makeDeduction(wujinAdmin, a2.id, 'TJ-03', 3);
  const gone = await makeDeduction(wujinAdmin, a2.id, 'TJ-03', 3);
  await send('POST', `/api/agency-deductions/${gone}/revoke`, wujinAdmin, { reason: '录入错误' });
  const l1 = await makeDeduction(liyangAdmin, a3.id, 'TJ-05', 5);
  await makeDeduction(liyangAdmin, a1.id, 'TJ-05', 5);
  const body = { title: '通报', body: '正文' };
  const wujinNotice = await send('POST', '/api/agency-notices', wujinAdmin, { ...body, deductionIds: [w1] });
  await send('POST', `/api/agency-notices/${(wujinNotice.body as { id: string }).id}/publish`, wujinAdmin);
  const cityNotice = await send('POST', '/api/agency-notices', city, { ...body, deductionIds: [w1, l1] });
  await send('POST', `/api/agency-notices/${(cityNotice.body as { id: string }).id}/publish`, city);
  await send('POST', '/api/agency-notices', liyangAdmin, { ...body, deductionIds: [l1] });
}, 180_000);
afterAll(stopNoticeStack);

describe('agency statistics of a quarter', () => {
  it('counts each district against the city average from live deductions and published notices', async () => {
    // Act
    const answer = await send('GET', statsPath, city);
    const stats = answer.body as Stats;
    const byId = new Map(stats.districts.map((row) => [row.districtId, row]));

    // Assess
    expect(answer.status).toBe(200);
    expect(stats.city).toEqual({ agencies: 3, deductions: 5, points: 23, notices: 2 });
    expect(stats.average).toEqual({ agencies: 0.57, deductions: 0.71, points: 3.29, notices: 0.14 });
    expect(byId.get('wujin')).toMatchObject({
      agencies: 2,
      deductions: 3,
      points: 13,
      notices: 1,
      difference: { agencies: 1.43, deductions: 2.29, points: 9.71, notices: 0.86 },
      aboveAverage: { deductions: true, points: true },
    });
    expect(byId.get('liyang')).toMatchObject({ agencies: 2, deductions: 2, points: 10, notices: 0 });
    expect(byId.get('xinbei')).toMatchObject({
      deductions: 0,
      aboveAverage: { deductions: false, points: false },
    });
  });

  it("lets a district admin read the comparison, narrowed to a district's row on request", async () => {
    // Act
    const answer = await send('GET', `${statsPath}&districtId=liyang`, wujinAdmin);
    const stats = answer.body as Stats;

    // Assess
    expect(answer.status).toBe(200);
    expect(stats.districts.map((row) => row.districtId)).toEqual(['liyang']);
    expect(stats.city.deductions).toBe(5);
  });

  it('refuses a bad quarter and other roles', async () => {
    // Prepare
    const town = (await signedIn(stack, { role: 'townOfficer', districtId: 'wujin', townId: 't-1' })).headers;

    // Act
    const bad = await send('GET', `/api/agency-stats?year=${year}&quarter=5`, city);
    const refused = await send('GET', statsPath, town);

    // Assess
    expect(bad.status).toBe(400);
    expect((bad.body as Failure).error.fields?.[0]).toMatchObject({
      path: 'query.quarter',
      message: '季度须为 1–4',
    });
    expect(refused.status).toBe(403);
  });
});
