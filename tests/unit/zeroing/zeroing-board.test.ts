import { describe, expect, it } from 'vitest';
import {
  type BoardCheck,
  type BoardEntry,
  boardSentence,
  zeroingBoard,
} from '#functions/zeroing/domain/board';
import { checkRefusal } from '#functions/zeroing/domain/levels';

const districtOrder = ['liyang', 'jintan', 'wujin', 'xinbei', 'tianning', 'zhonglou', 'jingkai'];

/**
 * The seed report's campaign by hand: 107 enterprises checked (15 or 16 in each of the 7 districts), one hazard
 * each; the province found 4 not zeroed, the city 1, the districts 5 (10 in all, each once); all closed since.
 */
function seedFixture() {
  const entries: BoardEntry[] = [];
  const checks: BoardCheck[] = [];
  for (let n = 0; n < 107; n += 1) {
    const enterpriseId = `e${n}`;
    entries.push({ enterpriseId, districtId: districtOrder[n % 7] as string, hazardIds: [`h${n}`] });
    checks.push({ enterpriseId, level: 'district', zeroed: !(n >= 5 && n < 10) });
  }
  // the province's 4 and the city's 1: enterprises the districts had found zeroed
  for (const n of [20, 21, 22, 23]) checks.push({ enterpriseId: `e${n}`, level: 'province', zeroed: false });
  checks.push({ enterpriseId: 'e30', level: 'city', zeroed: false });
  checks.push({ enterpriseId: 'e40', level: 'city', zeroed: true });
  return { entries, checks };
}

describe('the zeroing board (百日清零看板)', () => {
  it("reproduces the seed's figures: 107 checked, 10 not zeroed (省级 4, 市级 1), all closed since", () => {
    // Prepare
    const { entries, checks } = seedFixture();

    // Act
    const board = zeroingBoard(entries, checks, () => true, districtOrder);

    // Assess
    expect(board).toMatchObject({
      listed: 107,
      checked: 107,
      notZeroed: { province: 4, city: 1, district: 5 },
      notZeroedTotal: 10,
      closedSince: 10,
    });
    expect(board.sentence).toBe(
      '百日清零行动共检查企业 107 家，其中省级检查发现未清零企业 4 家、市级 1 家、辖市（区）级 5 家，共发现未清零企业 10 家，目前已全部整改闭环',
    );
    expect(board.byDistrict.map((row) => row.districtId)).toEqual(districtOrder);
    expect(board.byDistrict.reduce((sum, row) => sum + row.checked, 0)).toBe(107);
    expect(board.byDistrict.reduce((sum, row) => sum + row.notZeroedTotal, 0)).toBe(10);
  });

  it('says how many are still open while some hazards of the not-zeroed enterprises are not closed', () => {
    // Prepare: e5's and e20's hazards still open
    const { entries, checks } = seedFixture();
    const open = new Set(['h5', 'h20']);

    // Act
    const board = zeroingBoard(entries, checks, (id) => !open.has(id), districtOrder);

    // Assess
    expect(board.closedSince).toBe(8);
    expect(board.sentence).toMatch(/共发现未清零企业 10 家，已整改闭环 8 家，尚有 2 家未整改闭环$/);
  });

  it('counts an enterprise found not zeroed at two levels once in the total, and at each level', () => {
    // Prepare
    const entries: BoardEntry[] = [{ enterpriseId: 'a', districtId: 'wujin', hazardIds: ['h1', 'h2'] }];
    const checks: BoardCheck[] = [
      { enterpriseId: 'a', level: 'province', zeroed: false },
      { enterpriseId: 'a', level: 'district', zeroed: false },
      { enterpriseId: 'unlisted', level: 'city', zeroed: false },
    ];

    // Act
    const board = zeroingBoard(entries, checks, (id) => id === 'h1', districtOrder);

    // Assess: one of its two hazards closed is not closed
    expect(board).toMatchObject({
      checked: 1,
      notZeroed: { province: 1, city: 0, district: 1 },
      notZeroedTotal: 1,
    });
    expect(board.closedSince).toBe(0);
    expect(board.followUp).toEqual([
      { enterpriseId: 'a', districtId: 'wujin', levels: ['province', 'district'], openHazards: 1 },
    ]);
  });

  it('words a campaign without checks, and one where every enterprise was zeroed', () => {
    const counts = {
      listed: 3,
      checked: 0,
      notZeroed: { province: 0, city: 0, district: 0 },
      notZeroedTotal: 0,
      closedSince: 0,
    };
    expect(boardSentence(counts)).toBe('百日清零行动共列入企业 3 家，尚未录入检查');
    expect(boardSentence({ ...counts, checked: 3 })).toBe('百日清零行动共检查企业 3 家，均已清零');
    expect(
      boardSentence({
        ...counts,
        checked: 3,
        notZeroed: { province: 0, city: 2, district: 0 },
        notZeroedTotal: 2,
        closedSince: 2,
      }),
    ).toBe(
      '百日清零行动共检查企业 3 家，其中市级检查发现未清零企业 2 家，共发现未清零企业 2 家，目前已全部整改闭环',
    );
  });
});

describe('who records which level', () => {
  it.each([
    ['cityAdmin', undefined, 'province', 'wujin', null],
    ['cityAdmin', undefined, 'district', 'wujin', null],
    ['districtAdmin', 'wujin', 'district', 'wujin', null],
    ['districtAdmin', 'wujin', 'city', 'wujin', 'forbidden'],
    ['districtAdmin', 'wujin', 'province', 'wujin', 'forbidden'],
    ['districtAdmin', 'wujin', 'district', 'liyang', 'notFound'],
    ['townOfficer', 'wujin', 'district', 'wujin', 'forbidden'],
    ['enterpriseUser', 'wujin', 'district', 'wujin', 'forbidden'],
  ] as const)('%s of %s recording a %s check in %s → %s', (role, districtId, level, where, refusal) => {
    expect(checkRefusal({ role, districtId }, level, where)).toBe(refusal);
  });
});
