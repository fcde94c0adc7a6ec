import { describe, expect, it } from 'vitest';
import { planPatrols, seedForms } from '#infra/local/seed/patrol-plan';

const ANCHOR = Date.parse('2030-06-30T18:00:00+08:00');
const enterprises = Array.from({ length: 2000 }, (_, i) => ({
  id: `ent-${i}`,
  name: `企业${i}`,
  districtId: i % 2 === 0 ? 'xinbei' : 'wujin',
  townId: `town-${i % 10}`,
  gridId: `grid-${i % 40}`,
}));
const members = new Map(
  Array.from({ length: 40 }, (_, g) => [`grid-${g}`, { userId: `member-${g}`, name: `网格员${g}` }]),
);

describe('the demo patrol plan', () => {
  it('patrols about 84% of in-grid enterprises in the quarter, a third of them twice, all within it', () => {
    // Act
    const patrols = planPatrols(enterprises, members, ANCHOR);

    // Assess
    const patrolled = new Set(patrols.map((patrol) => patrol.enterpriseId));
    expect(patrolled.size / enterprises.length).toBeGreaterThan(0.8);
    expect(patrolled.size / enterprises.length).toBeLessThan(0.88);
    expect(patrols.length / patrolled.size).toBeGreaterThan(1.25);
    expect(patrols.length / patrolled.size).toBeLessThan(1.42);
    const days = patrols.map((patrol) => patrol.day).sort();
    expect(days[0] && days[0] >= '2030-04-02').toBe(true);
    expect((days.at(-1) ?? '') <= '2030-06-30').toBe(true);
    expect(patrols.every((patrol) => patrol.patrolledBy === `member-${patrol.gridId.slice(5)}`)).toBe(true);
  });

  it('gives 新北区 patrols its ten fire-safety items after the city’s 14, and fails the same item twice for some', () => {
    // Act
    const patrols = planPatrols(enterprises, members, ANCHOR);

    // Assess
    const xinbei = patrols.find((patrol) => patrol.districtId === 'xinbei');
    const wujin = patrols.find((patrol) => patrol.districtId === 'wujin');
    expect(seedForms.xinbei).toHaveLength(10);
    expect(xinbei?.items.map((item) => item.itemId).slice(-10)).toEqual(
      Array.from({ length: 10 }, (_, i) => `xinbei-${String(i + 1).padStart(2, '0')}`),
    );
    expect(xinbei?.formVersion).toBe('c1+xinbei1');
    expect(wujin?.items).toHaveLength(14);
    const byEnterprise = new Map<string, string[][]>();
    for (const patrol of patrols)
      byEnterprise.set(patrol.enterpriseId, [
        ...(byEnterprise.get(patrol.enterpriseId) ?? []),
        patrol.failedItemIds,
      ]);
    const repeated = [...byEnterprise.values()].filter(
      (failed) => failed.length === 2 && failed[0]?.[0] !== undefined && failed[0][0] === failed[1]?.[0],
    );
    expect(repeated.length).toBeGreaterThan(10);
    expect(repeated.length).toBeLessThan(80);
  });

  it('leaves the enterprises of a grid without a member unpatrolled', () => {
    expect(planPatrols(enterprises, new Map(), ANCHOR)).toEqual([]);
  });
});
