import { describe, expect, it } from 'vitest';
import { quarterRange, type TallyDeduction, tallyAgencyStats } from '#functions/agency-notices/domain/tally';

/** `count` deductions of `points` each by `districtId`, cycling over agencies a<first>..a<first+agencies-1>. */
function deductions(districtId: string, count: number, points: number, first: number, agencies: number) {
  return Array.from(
    { length: count },
    (_, i): TallyDeduction => ({
      issuingDistrictId: districtId,
      agencyId: `a${first + (i % agencies)}`,
      points,
    }),
  );
}

// A quarter shaped like the seed's: 31 agencies, 122 家次, 320 points; a1 deducted by 天宁区 and 金坛区 both.
const quarter = [
  ...deductions('tianning', 40, 3, 1, 10),
  ...deductions('xinbei', 30, 2, 11, 8),
  ...deductions('jingkai', 20, 3, 19, 6),
  ...deductions('wujin', 12, 2, 25, 4),
  ...deductions('zhonglou', 10, 2, 29, 2),
  ...deductions('liyang', 6, 4, 31, 1),
  ...deductions('jintan', 4, 3, 1, 1),
];
const notices = [
  ...Array.from({ length: 3 }, () => ({ districtId: 'jingkai' })),
  { districtId: 'liyang' },
  { districtId: 'liyang' },
  { districtId: 'jintan' },
  { districtId: 'jintan' },
  { districtId: 'city' },
];

describe('agency statistics tally', () => {
  it('totals the city with agencies counted once and city notices included', () => {
    // Act
    const { city } = tallyAgencyStats(quarter, notices);

    // Assess
    expect(city).toEqual({ agencies: 31, deductions: 122, points: 320, notices: 8 });
  });

  it("keeps the city bureau's own figures apart from the districts'", () => {
    // Prepare: the quarter above, plus 3 deductions of 2 points by the bureau, two of them of a1
    const bureau = [...deductions('city', 2, 2, 1, 1), ...deductions('city', 1, 2, 40, 1)];

    // Act
    const stats = tallyAgencyStats([...quarter, ...bureau], notices);

    // Assess: the bureau's 2 agencies, 3 家次, 6 points and 1 notice; the total has a40 as its 32nd agency
    expect(stats.bureau).toEqual({ agencies: 2, deductions: 3, points: 6, notices: 1 });
    expect(stats.city).toEqual({ agencies: 32, deductions: 125, points: 326, notices: 8 });
  });

  it('averages over the 7 districts and flags those above the city average', () => {
    // Act
    const { districts, average } = tallyAgencyStats(quarter, notices);
    const byId = new Map(districts.map((row) => [row.districtId, row]));

    // Assess: 32 district-agencies / 7, 122 / 7, 320 / 7, 7 district notices / 7 (the city's not a district's)
    expect(average).toEqual({ agencies: 4.57, deductions: 17.43, points: 45.71, notices: 1 });
    expect(districts.filter((row) => row.aboveAverage.deductions).map((row) => row.districtName)).toEqual([
      '新北区',
      '天宁区',
      '常州经开区',
    ]);
    expect(byId.get('tianning')).toMatchObject({
      agencies: 10,
      deductions: 40,
      points: 120,
      notices: 0,
      difference: { agencies: 5.43, deductions: 22.57, points: 74.29, notices: -1 },
    });
    expect(byId.get('jintan')).toMatchObject({ agencies: 1, deductions: 4, points: 12, notices: 2 });
    expect(byId.get('wujin')?.aboveAverage).toEqual({ deductions: false, points: false });
    expect(byId.get('jingkai')?.aboveAverage).toEqual({ deductions: true, points: true });
  });

  it('answers zeros for a quarter without deductions', () => {
    // Act
    const { city, average, districts } = tallyAgencyStats([], []);

    // Assess
    expect(city).toEqual({ agencies: 0, deductions: 0, points: 0, notices: 0 });
    expect(average).toEqual(city);
    expect(districts).toHaveLength(7);
    expect(districts.some((row) => row.aboveAverage.deductions)).toBe(false);
  });

  it('spans calendar quarters to their last day', () => {
    expect(quarterRange(2026, 1)).toEqual({ from: '2026-01-01', to: '2026-03-31' });
    expect(quarterRange(2024, 1)).toEqual({ from: '2024-01-01', to: '2024-03-31' });
    expect(quarterRange(2026, 3)).toEqual({ from: '2026-07-01', to: '2026-09-30' });
    expect(quarterRange(2026, 4)).toEqual({ from: '2026-10-01', to: '2026-12-31' });
  });
});
