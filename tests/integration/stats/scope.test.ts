import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalStack } from '#infra/local/stack';
import { signedIn } from '#tests/fixtures/auth';
import { startTestStack } from '#tests/fixtures/local-stack';
import { buildStatsCity, getStats, runStatsJob } from './support';

let stack: LocalStack;
let city: Awaited<ReturnType<typeof buildStatsCity>>;

beforeAll(async () => {
  stack = await startTestStack();
  city = await buildStatsCity(stack);
  await runStatsJob(stack);
});
afterAll(async () => {
  await stack?.stop();
});

describe('the dashboard counts each role sees (GET /api/stats)', () => {
  it('gives a district admin its district by town, its accounts and its messages only', async () => {
    // Act
    const answer = await getStats(stack, city.headers.districtAdmin);

    // Assess
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({
      snapshot: {
        scope: { kind: 'district', id: 'wujin', name: '武进区' },
        enterprises: { total: 6, inGrid: 4, byStatus: { 正常生产: 3, 停产: 2, 关闭: 1 } },
        areas: [
          { id: city.towns.hutang, name: '湖塘镇', total: 4, inGrid: 3, byStatus: { 正常生产: 3, 停产: 1 } },
          { id: city.towns.niutang, name: '牛塘镇', total: 2, inGrid: 1, byStatus: { 关闭: 1, 停产: 1 } },
        ],
        accounts: {
          total: 5,
          disabled: 0,
          byRole: { districtAdmin: 1, townOfficer: 1, gridMember: 2, enterpriseUser: 1 },
        },
        messagesToday: { day: '2026-12-01', total: 2, byStatus: { SENT: 1, PENDING: 1 } },
      },
    });
    expect(JSON.stringify(answer.body)).not.toContain('溧城街道');
  });

  it('gives a town officer its town by grid (网格外 last) and no messages', async () => {
    // Act
    const answer = await getStats(stack, city.headers.townOfficer);

    // Assess
    expect(answer.body).toMatchObject({
      snapshot: {
        scope: { kind: 'town', id: city.towns.hutang, name: '湖塘镇' },
        enterprises: { total: 4, inGrid: 3, byStatus: { 正常生产: 3, 停产: 1 } },
        areas: [
          {
            id: city.grids.hutang1,
            name: '第1网格',
            total: 3,
            inGrid: 3,
            byStatus: { 正常生产: 2, 停产: 1 },
          },
          { id: city.grids.hutang2, name: '第2网格', total: 0, inGrid: 0, byStatus: {} },
          { id: null, name: null, total: 1, inGrid: 0, byStatus: { 正常生产: 1 } },
        ],
        accounts: { total: 4, byRole: { townOfficer: 1, gridMember: 2, enterpriseUser: 1 } },
        messagesToday: null,
      },
    });
  });

  it('gives a grid member its grid, and another grid’s member that grid', async () => {
    // Act
    const own = await getStats(stack, city.headers.gridMember);
    const other = await getStats(stack, city.headers.otherGridMember);

    // Assess
    expect(own.body).toMatchObject({
      snapshot: {
        scope: { kind: 'grid', id: city.grids.hutang1, name: '第1网格' },
        enterprises: { total: 3, inGrid: 3, byStatus: { 正常生产: 2, 停产: 1 } },
        areas: [],
        accounts: { total: 2, byRole: { gridMember: 1, enterpriseUser: 1 } },
        messagesToday: null,
      },
    });
    expect(other.body).toMatchObject({
      snapshot: {
        scope: { kind: 'grid', id: city.grids.hutang2 },
        enterprises: { total: 0, inGrid: 0 },
        accounts: { total: 1, byRole: { gridMember: 1 } },
      },
    });
  });

  it('gives another district’s admin that district, not 武进区', async () => {
    // Prepare
    const liyang = await signedIn(stack, { role: 'districtAdmin', districtId: 'liyang' });

    // Act
    const answer = await getStats(stack, liyang.headers);

    // Assess: the counts of the last run (this admin came after it)
    expect(answer.body).toMatchObject({
      snapshot: {
        scope: { kind: 'district', id: 'liyang', name: '溧阳市' },
        enterprises: { total: 2, inGrid: 0, byStatus: { 正常生产: 2 } },
        accounts: { total: 1, disabled: 1, byRole: { enterpriseUser: 1 } },
        messagesToday: { total: 1, byStatus: { DEAD: 1 } },
      },
    });
  });

  it('refuses an enterprise user (403) and a caller without a token (401)', async () => {
    // Act
    const enterprise = await getStats(stack, city.headers.enterpriseUser);
    const anonymous = await getStats(stack, {});

    // Assess
    expect(enterprise).toMatchObject({ status: 403, body: { error: { code: 'FORBIDDEN' } } });
    expect(anonymous.status).toBe(401);
  });

  it('answers 404 to a supervisor whose account has no area', async () => {
    // Prepare: a district admin without a district (only a broken import could make one)
    const broken = await signedIn(stack, { role: 'districtAdmin' });

    // Act
    const answer = await getStats(stack, broken.headers);

    // Assess
    expect(answer).toMatchObject({ status: 404, body: { error: { code: 'NOT_FOUND' } } });
  });
});
