import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PatrolSeedSummary } from '#infra/local/seed/patrol-run';
import { createUserDirect } from '#tests/fixtures/auth';
import {
  city,
  makeEnterprise,
  makePlace,
  places,
  readAll,
  send,
  startWithPlaces,
  stopEnterpriseStack,
} from '#tests/integration/enterprises/support';

let first: PatrolSeedSummary;
let again: PatrolSeedSummary;
const made: string[] = [];

/**
 * The demo patrol data on a small city: ten enterprises of a 湖塘 grid and ten of a 新北区 grid, each grid with
 * its member; a third grid without a member. Seeded twice: the second run is skipped.
 */
beforeAll(async () => {
  await startWithPlaces();
  const xinbei = await makePlace('xinbei', '罗溪');
  for (const place of [places.wujinA, xinbei])
    for (let i = 0; i < 10; i += 1)
      made.push((await makeEnterprise(place, { name: `演示巡查企业${made.length}` })).id);
  await makeEnterprise(places.wujinB, { name: '无网格员网格的企业' });
  await createUserDirect({ role: 'gridMember', ...places.wujinA });
  await createUserDirect({ role: 'gridMember', ...xinbei });
  const { seedPatrolData } = await import('#infra/local/seed/patrol-run');
  first = await seedPatrolData();
  again = await seedPatrolData();
}, 120_000);
afterAll(stopEnterpriseStack);

describe('demo patrol data', () => {
  it('writes a quarter of patrols for most in-grid enterprises with a member, once', async () => {
    // Act
    // the quarter and a little more (the city's list shows the last 3 calendar months without a start day)
    const from = new Date(Date.now() - 100 * 86_400_000).toISOString().slice(0, 10);
    const pages = await readAll(`/api/patrols?limit=100&from=${from}`, city);
    const patrols = pages.flat() as unknown as { enterpriseId: string; day: string }[];

    // Assess
    expect(first.skipped).toBe(false);
    expect(again.skipped).toBe(true);
    expect(patrols).toHaveLength(first.patrols);
    expect(first.enterprises).toBeGreaterThan(10);
    expect(new Set(patrols.map((patrol) => patrol.enterpriseId))).toEqual(
      new Set(patrols.map((patrol) => patrol.enterpriseId).filter((id) => made.includes(id))),
    );
  });

  it('seeds 新北区’s ten fire-safety items after the city’s form, and each district’s frequency', async () => {
    // Act
    const form = await send('GET', '/api/patrol-forms/current?districtId=xinbei', city);
    const plans = await send('GET', '/api/patrol-plans', city);

    // Assess
    const body = form.body as { formVersion: string; items: { itemId: string; origin: string }[] };
    expect(body.formVersion).toBe('c1+xinbei1');
    expect(body.items.filter((item) => item.origin === 'district')).toHaveLength(10);
    expect(body.items).toHaveLength(24);
    const rows = (plans.body as { data: { districtId: string; frequencyDays: number; own: boolean }[] }).data;
    expect(rows.find((row) => row.districtId === 'xinbei')).toMatchObject({ frequencyDays: 14, own: true });
    expect(rows.every((row) => row.own)).toBe(true);
  });
});
