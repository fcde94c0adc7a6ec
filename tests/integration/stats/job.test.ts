import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalStack } from '#infra/local/stack';
import { countByAction, dynamoRequestsDuring } from '#tests/fixtures/dynamo-requests';
import { startTestStack } from '#tests/fixtures/local-stack';
import { buildStatsCity, getStats, JOB_AT, runStatsJob } from './support';

let stack: LocalStack;
let city: Awaited<ReturnType<typeof buildStatsCity>>;

beforeAll(async () => {
  stack = await startTestStack();
  city = await buildStatsCity(stack);
});
afterAll(async () => {
  await stack?.stop();
});

const none = { total: 0, inGrid: 0, byStatus: {} };

describe('the stats job on the local stack', () => {
  it('answers an empty state, with how often the counts are made, before its first run', async () => {
    // Act
    const answer = await getStats(stack, city.headers.cityAdmin);

    // Assess
    expect(answer).toMatchObject({ status: 200, body: { refreshMinutes: 10, snapshot: null } });
  });

  it('counts the seeded city by hand-counted figures, reading by index Queries only (no Scan)', async () => {
    // Act
    const { result, requests } = await dynamoRequestsDuring(stack, () => runStatsJob(stack));
    const answer = await getStats(stack, city.headers.cityAdmin);

    // Assess: 8 enterprises + 7 accounts + 4 messages of the day read
    expect(result).toEqual({ items: 19 });
    const actions = countByAction(requests);
    expect(actions.Scan).toBeUndefined();
    // 7 district partitions, the accounts, the day's messages, the towns and the grids: each read once
    expect(actions.Query).toBe(11);
    expect(requests.every((request) => request.caller === 'stats')).toBe(true);
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({
      refreshMinutes: 10,
      snapshot: {
        scope: { kind: 'city', id: 'city', name: null },
        generatedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
        enterprises: { total: 8, inGrid: 4, byStatus: { 正常生产: 5, 停产: 2, 关闭: 1 } },
        areas: [
          { id: 'liyang', name: '溧阳市', total: 2, inGrid: 0, byStatus: { 正常生产: 2 } },
          { id: 'jintan', name: '金坛区', ...none },
          { id: 'wujin', name: '武进区', total: 6, inGrid: 4, byStatus: { 正常生产: 3, 停产: 2, 关闭: 1 } },
          { id: 'xinbei', name: '新北区', ...none },
          { id: 'tianning', name: '天宁区', ...none },
          { id: 'zhonglou', name: '钟楼区', ...none },
          { id: 'jingkai', name: '常州经开区', ...none },
        ],
        accounts: {
          total: 7,
          disabled: 1,
          byRole: { cityAdmin: 1, districtAdmin: 1, townOfficer: 1, gridMember: 2, enterpriseUser: 2 },
        },
        messagesToday: { day: '2026-12-01', total: 4, byStatus: { SENT: 1, PENDING: 2, DEAD: 1 } },
      },
    });
  });

  it('does nothing when run again for the same ten minutes, and counts a change on the next run', async () => {
    // Prepare
    const again = await runStatsJob(stack, new Date(JOB_AT.getTime() + 9 * 60_000));
    const { signedIn } = await import('#tests/fixtures/auth');
    await signedIn(stack, { role: 'districtAdmin', districtId: 'jintan' });

    // Act
    await runStatsJob(stack, new Date(JOB_AT.getTime() + 10 * 60_000));
    const answer = await getStats(stack, city.headers.cityAdmin);

    // Assess
    expect(again).toEqual({ items: 0, skipped: true });
    expect(answer.body).toMatchObject({
      snapshot: { accounts: { total: 8, byRole: { districtAdmin: 2 } } },
    });
  });
});
