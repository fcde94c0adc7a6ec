import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LadderCounts } from '#functions/dust-ladder/index';
import type { DustSeedInput, DustSeedSummary } from '#infra/local/seed/dust-seed';
import type { DemoEnterprise } from '#infra/local/seed/risk-plan';
import type { LocalStack } from '#infra/local/stack';
import { startTestStack } from '#tests/fixtures/local-stack';

/**
 * The demo dust data on a local stack, read back through the capabilities that own it: 30 涉爆粉尘 enterprises
 * in a city of 700 get 39 sites (the report's share), so sites 7, 22 and 37 end in streaks of 1, 3 and 7+
 * missed days. At 18:30 of the anchor's day every other site has uploaded today, so the ladder (over the real
 * sites and day records) finds exactly those 3 in a streak.
 */
const AT = new Date('2026-11-30T18:30:00+08:00');
let stack: LocalStack;
let input: DustSeedInput;
let first: DustSeedSummary;
let again: DustSeedSummary;
let ids: string[];

const enterprises = Array.from(
  { length: 32 },
  (_, n) =>
    ({
      id: `E${String(n).padStart(3, '0')}`,
      name: `演示粉尘企业${n}`,
      districtId: 'wujin',
      townId: 'T-hutang',
      flags: n < 30 ? ['dust'] : [],
      responsible: { name: '安全员', phone: '13900001111' },
      safety: { userId: `U-safety-${n}`, name: `安全员${n}` },
    }) as unknown as DemoEnterprise,
);

beforeAll(async () => {
  stack = await startTestStack();
  const { writeDustData } = await import('#infra/local/seed/dust-seed');
  const { planDustSites } = await import('#infra/local/seed/dust-plan');
  input = { enterprises, totalEnterprises: 700, reviewers: new Map(), anchor: AT.getTime(), secret: 'test' };
  first = await writeDustData(input);
  again = await writeDustData(input);
  await stack.whenIdle();
  ids = planDustSites(enterprises.slice(0, 30), 39, AT.getTime()).map((site) => site.siteId);
}, 60_000);

afterAll(async () => {
  await stack?.stop();
});

async function ladder(): Promise<LadderCounts> {
  const { runDustLadder } = await import('#functions/dust-ladder/jobs/ladder');
  const { activeDustSites } = await import('#functions/dust-sites/index');
  const { siteDays } = await import('#functions/dust-cleanings/index');
  return runDustLadder(AT, { source: { activeDustSites, siteDays } });
}

describe('the demo dust seed', () => {
  it('writes 39 active sites once; a second run is skipped', async () => {
    // Act
    const { activeDustSites } = await import('#functions/dust-sites/index');
    const sites = [];
    for await (const page of activeDustSites()) sites.push(...page);

    // Assess
    expect([first.sites, first.skipped, again.skipped]).toEqual([39, false, true]);
    expect(sites).toHaveLength(39);
    expect(new Set(sites.map((site) => site.enterpriseId)).size).toBe(30);
  });

  it('keeps each streak site’s last satisfied day and day records', async () => {
    // Act
    const { getDustSite } = await import('#functions/dust-sites/index');
    const { siteDays } = await import('#functions/dust-cleanings/index');
    const last = await Promise.all(
      [7, 22].map(async (i) => (await getDustSite(ids[i] ?? ''))?.lastSatisfiedDay),
    );
    const days = await siteDays(ids[22] ?? '', '2026-11-27', '2026-11-30');

    // Assess
    expect(last).toEqual(['2026-11-29', '2026-11-27']);
    expect(days.map((day) => day.satisfied)).toEqual([true, false, false, false]);
  });

  it('stores the photo pool where the worker keeps it', async () => {
    // Act
    const { headObject } = await import('#functions/platform/s3');
    const { dustPhotoPool } = await import('#infra/local/seed/dust-photos');
    const key = dustPhotoPool()[0]?.key ?? '';

    // Assess
    expect(await headObject('changan-photos', key)).not.toBeNull();
  });

  // The urge and verify SMS go to the enterprise's principal, whom these synthetic enterprises lack (noPhone 3);
  // the tasks are 2 urges (sites 22 and 37) and 1 verification (site 37).
  it('gives the ladder 3 sites in a streak at 18:30: 3 reminds, 3 tasks', async () => {
    // Act
    const counts = await ladder();

    // Assess
    expect(counts).toMatchObject({ sites: 39, inStreak: 3, reminded: 3, tasks: 3, noPhone: 3 });
  });
});
