import { describe, expect, it } from 'vitest';
import { dustSiteCount, lastSatisfiedDay, planDustSites } from '#infra/local/seed/dust-plan';
import type { DemoEnterprise } from '#infra/local/seed/risk-plan';

/** 18:00 in Beijing on 2026-11-30: every day's upload window (07:00–17:00) has passed. */
const EVENING = Date.parse('2026-11-30T18:00:00+08:00');
const MORNING = Date.parse('2026-11-30T06:30:00+08:00');
const firms = Array.from(
  { length: 100 },
  (_, n) => ({ id: `E${String(n).padStart(3, '0')}`, districtId: 'wujin', townId: 'T1' }) as DemoEnterprise,
);
const sites = planDustSites(firms, 112, EVENING);
const byIndex = (index: number) => sites[index] as (typeof sites)[number];

describe('the demo dust sites', () => {
  it('number about 110 in the default city and exactly 1,830 in the report’s', () => {
    // Assess
    expect(dustSiteCount(2000)).toBe(112);
    expect(dustSiteCount(32_742)).toBe(1830);
  });

  it('are spread over the dust enterprises, the 12 beyond the first 100 being second sites', () => {
    // Assess
    expect(sites).toHaveLength(112);
    expect(byIndex(0).enterprise.id).toBe('E000');
    expect(byIndex(100).enterprise.id).toBe('E000');
    expect(byIndex(100).name).toContain('（二号）');
    expect(byIndex(99).name).not.toContain('（二号）');
  });

  it('have 90 days each, from 2026-09-02 to 2026-11-30, and were created on the first', () => {
    // Assess
    for (const site of sites) {
      expect(site.days).toHaveLength(90);
      expect([site.days[0]?.day, site.days.at(-1)?.day]).toEqual(['2026-09-02', '2026-11-30']);
      expect(new Date(site.createdAt).toISOString()).toBe('2026-09-01T22:00:00.000Z');
    }
  });

  it('end in streaks of 1, 3 and 7+ missed days for every 15th site, the day before each satisfied', () => {
    // Assess
    const streaks = sites.flatMap((site, index) => (site.streak > 0 ? [[index, site.streak]] : []));
    expect(streaks.map(([index]) => index)).toEqual([7, 22, 37, 52, 67, 82, 97]);
    expect(streaks.filter(([, k]) => k === 1).map(([i]) => i)).toEqual([7, 52, 97]);
    expect(streaks.filter(([, k]) => k === 3).map(([i]) => i)).toEqual([22, 67]);
    for (const index of [37, 82]) expect(byIndex(index).streak).toBeGreaterThanOrEqual(7);
    expect(lastSatisfiedDay(byIndex(7))).toBe('2026-11-29');
    expect(lastSatisfiedDay(byIndex(22))).toBe('2026-11-27');
    for (const index of [37, 82]) {
      const site = byIndex(index);
      const missed = site.days.slice(-site.streak);
      expect(missed.every((day) => day.at === undefined)).toBe(true);
      const before = site.days.at(-site.streak - 1);
      expect([before?.at !== undefined, before?.rejected]).toEqual([true, false]);
    }
  });

  it('have a few rejected and a few suspect uploads, none rejected today', () => {
    // Assess
    const days = sites.flatMap((site) => site.days);
    const uploaded = days.filter((day) => day.at !== undefined);
    const rejected = uploaded.filter((day) => day.rejected).length / uploaded.length;
    const suspect = uploaded.filter((day) => day.suspect).length / uploaded.length;
    expect(rejected).toBeGreaterThan(0.005);
    expect(rejected).toBeLessThan(0.02);
    expect(suspect).toBeGreaterThan(0.01);
    expect(suspect).toBeLessThan(0.03);
    expect(sites.some((site) => site.days.at(-1)?.rejected)).toBe(false);
  });

  it('count today’s upload only once its time has come', () => {
    // Act
    const early = planDustSites(firms, 112, MORNING);

    // Assess
    expect(early.filter((site) => site.days.at(-1)?.at !== undefined)).toHaveLength(0);
    expect(sites.filter((site) => site.streak === 0 && site.days.at(-1)?.at === undefined)).toHaveLength(0);
  });

  it('are the same on every run', () => {
    // Assess
    expect(planDustSites(firms, 112, EVENING)).toEqual(sites);
  });
});
