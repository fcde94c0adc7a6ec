import { describe, expect, it } from 'vitest';
import { zeroingBoard } from '#functions/zeroing/domain/board';
import { planZeroing, zeroingSize } from '../../../infra/local/seed/zeroing-plan';

const districts = ['liyang', 'jintan', 'wujin', 'xinbei', 'tianning', 'zhonglou', 'jingkai'];
const candidates = (n: number) =>
  Array.from({ length: n }, (_, i) => ({
    id: `E${i}`,
    name: `演示企业${i}`,
    creditCode: `CODE${i}`,
    districtId: districts[i % 7] as string,
    townId: `T${i % 7}`,
  }));

describe('the demo zeroing campaign', () => {
  it("is the report's size at the report's scale and 21 enterprises at the demo's", () => {
    expect(zeroingSize(32_742, 32_742)).toEqual({ enterprises: 107, province: 4, city: 1, district: 5 });
    expect(zeroingSize(32_742 / 16.4, 32_742)).toEqual({
      enterprises: 21,
      province: 1,
      city: 1,
      district: 1,
    });
  });

  it("plans checks whose board says the report's sentence", () => {
    // Act
    const { seed, hazards } = planZeroing(candidates(107), zeroingSize(32_742, 32_742), '2022-10-31');
    const closed = new Set(hazards.filter((h) => h.status === 'CLOSED').map((h) => h.hazardId));
    const board = zeroingBoard(
      seed.entries.map((entry) => ({
        enterpriseId: entry.enterpriseId,
        districtId: entry.districtId,
        hazardIds: (entry.hazards as { hazardId: string }[]).map((h) => h.hazardId),
      })),
      seed.checks,
      (id) => closed.has(id),
      districts,
    );

    // Assess
    expect(board).toMatchObject({ checked: 107, notZeroedTotal: 10, closedSince: 10 });
    expect(board.sentence).toBe(
      '百日清零行动共检查企业 107 家，其中省级检查发现未清零企业 4 家、市级 1 家、辖市（区）级 5 家，共发现未清零企业 10 家，目前已全部整改闭环',
    );
    expect(seed.campaign).toMatchObject({ startDate: '2022-06-23', endDate: '2022-10-01' });
    expect(new Set(seed.checks.map((check) => check.checkId)).size).toBe(seed.checks.length);
  });
});
