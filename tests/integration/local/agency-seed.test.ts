import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AgencySeedSummary } from '#infra/local/seed/agency-seed';
import type { LocalStack } from '#infra/local/stack';
import { authHeader, createUserDirect, loginAs } from '#tests/fixtures/auth';
import { callApi, startTestStack } from '#tests/fixtures/local-stack';

/**
 * The demo agencies read back through the API: the previous full quarter has the seed's figures (一（六）: the
 * bureau's 31 agencies, 122 家次, 320 points, 4 notices; 天宁 59, 新北 44, 经开 31 家次 above the districts' mean;
 * notices 经开 3, 溧阳 2, 金坛 2), 36 agencies are listed, and agency.demo signs in to its own agency.
 */
let stack: LocalStack;
let first: AgencySeedSummary;
let again: AgencySeedSummary;
let city: Record<string, string>;

/** The quarter before today's in Beijing, written out by hand (not the seed's helper). */
function previousQuarter(): { year: number; quarter: number } {
  const [year, month] = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 7).split('-').map(Number);
  const current = Math.ceil((month as number) / 3);
  return current === 1
    ? { year: (year as number) - 1, quarter: 4 }
    : { year: year as number, quarter: current - 1 };
}

beforeAll(async () => {
  stack = await startTestStack();
  const { seedAgencyData } = await import('#infra/local/seed/agency-run');
  first = await seedAgencyData();
  again = await seedAgencyData();
  const admin = await createUserDirect({ role: 'cityAdmin' });
  city = authHeader(await loginAs(stack, admin.username, admin.password));
}, 120_000);

afterAll(async () => {
  await stack?.stop();
});

describe('demo agency data', () => {
  it('writes about 40 agencies with a year of deductions, appeals and notices, once', () => {
    expect(first).toMatchObject({ skipped: false, agencies: 41 });
    expect(first.deductions).toBeGreaterThan(122 + 184);
    expect(first.appeals).toBeGreaterThanOrEqual(10);
    expect(first.notices).toBe(12);
    expect(again.skipped).toBe(true);
  });

  it("reproduces the seed's figures for the previous full quarter", async () => {
    // Act
    const { year, quarter } = previousQuarter();
    const answer = await callApi(stack, `/api/agency-stats?year=${year}&quarter=${quarter}`, {
      headers: city,
    });
    const stats = answer.body as {
      bureau: Record<string, number>;
      districts: {
        districtId: string;
        deductions: number;
        notices: number;
        aboveAverage: { deductions: boolean };
      }[];
    };

    // Assess
    expect(answer.status, JSON.stringify(answer.body)).toBe(200);
    expect(stats.bureau).toEqual({ agencies: 31, deductions: 122, points: 320, notices: 4 });
    const byId = Object.fromEntries(stats.districts.map((row) => [row.districtId, row]));
    expect(byId.tianning?.deductions).toBe(59);
    expect(byId.xinbei?.deductions).toBe(44);
    expect(byId.jingkai?.deductions).toBe(31);
    expect(
      stats.districts
        .filter((row) => row.aboveAverage.deductions)
        .map((row) => row.districtId)
        .sort(),
    ).toEqual(['jingkai', 'tianning', 'xinbei']);
    expect({
      jingkai: byId.jingkai?.notices,
      liyang: byId.liyang?.notices,
      jintan: byId.jintan?.notices,
    }).toEqual({
      jingkai: 3,
      liyang: 2,
      jintan: 2,
    });
  });

  it('lists 36 agencies and the published notices on the public page', async () => {
    // Act
    const answer = await callApi(stack, '/api/public/agencies');
    const body = answer.body as { agencies: unknown[]; notices: unknown[] };

    // Assess
    expect(answer.status).toBe(200);
    expect(body.agencies).toHaveLength(36);
    expect(body.notices).toHaveLength(11);
  });

  it('lets agency.demo sign in and see its own agency, an upheld appeal and a deduction still open to appeal', async () => {
    // Prepare
    const { DEMO_PASSWORD } = await import('#infra/local/seed/seed-city');
    const own = authHeader(await loginAs(stack, 'agency.demo', DEMO_PASSWORD));

    // Act
    const agencies = (await callApi(stack, '/api/agencies', { headers: own })).body as {
      data: { districtId: string; listed: boolean }[];
    };
    const appeals = (await callApi(stack, '/api/agency-appeals', { headers: own })).body as {
      data: { status: string }[];
    };

    // Assess
    expect(agencies.data).toHaveLength(1);
    expect(agencies.data[0]).toMatchObject({ districtId: 'tianning', listed: true });
    expect(appeals.data.map((appeal) => appeal.status).sort()).toEqual(
      expect.arrayContaining(['pending', 'upheld']),
    );
  });
});
