import { describe, expect, it } from 'vitest';
import { presenceSet } from '#infra/local/seed/fast/accounts';
import { cityEnterprises } from '#infra/local/seed/fast/enterprises';
import { organizationItems } from '#infra/local/seed/fast/org';
import { outsideGridTarget } from '#infra/local/seed/outside-grid';
import { seededRandom } from '#infra/local/seed/random';

/** The demo city's active enterprises outside the grid per district, as the fast generator draws them. */
function outsideOf(total: number) {
  const context = {
    seed: 2022,
    at: new Date('2026-12-01T00:00:00Z'),
    passwordHash: 'x',
    presence: presenceSet(),
    lean: true,
  };
  const random = seededRandom(2022);
  const org = organizationItems(random, context as never);
  const counts: Record<string, number> = {};
  for (const { input } of cityEnterprises(random, org.towns, total, context as never)) {
    if (input.gridId) continue;
    expect(input.status).not.toBe('关闭');
    counts[input.districtId] = (counts[input.districtId] ?? 0) + 1;
  }
  return counts;
}

describe('the demo city outside the grid (网格外)', () => {
  it("is the seed report's figures at its scale: 新北 267, 经开 210, 金坛 159, 溧阳 133, 817 in all", () => {
    expect(outsideOf(32_742)).toEqual({
      xinbei: 267,
      jingkai: 210,
      jintan: 159,
      liyang: 133,
      wujin: 24,
      tianning: 12,
      zhonglou: 12,
    });
  });

  it('is scaled for the default demo (2,000), with some in every district', () => {
    expect(outsideOf(2000)).toEqual({
      xinbei: 16,
      jingkai: 13,
      jintan: 10,
      liyang: 8,
      wujin: 1,
      tianning: 1,
      zhonglou: 1,
    });
    expect(outsideGridTarget('tianning', 100)).toBe(1);
  });
});
