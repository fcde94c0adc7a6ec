import { districts } from '#functions/platform/districts';

/** The calendar quarter's first and last day (YYYY-MM-DD, business days in Asia/Shanghai). */
export function quarterRange(year: number, quarter: number): { from: string; to: string } {
  const firstMonth = (quarter - 1) * 3 + 1;
  const lastMonth = firstMonth + 2;
  const lastDay = new Date(Date.UTC(year, lastMonth, 0)).getUTCDate();
  const pad = (n: number) => String(n).padStart(2, '0');
  return { from: `${year}-${pad(firstMonth)}-01`, to: `${year}-${pad(lastMonth)}-${pad(lastDay)}` };
}

export interface TallyDeduction {
  agencyId: string;
  issuingDistrictId: string;
  points: number;
}
export interface TallyNotice {
  /** A district, or `city` (counted in the city total only). */
  districtId: string;
}
export interface Figures {
  agencies: number;
  deductions: number;
  points: number;
  notices: number;
}
export interface DistrictFigures extends Figures {
  districtId: string;
  districtName: string;
  difference: Figures;
  aboveAverage: { deductions: boolean; points: boolean };
}

const round2 = (value: number) => Math.round(value * 100) / 100;
const minus = (a: Figures, b: Figures): Figures => ({
  agencies: round2(a.agencies - b.agencies),
  deductions: round2(a.deductions - b.deductions),
  points: round2(a.points - b.points),
  notices: round2(a.notices - b.notices),
});

const figuresOf = (deductions: readonly TallyDeduction[], notices: number): Figures => ({
  agencies: new Set(deductions.map((deduction) => deduction.agencyId)).size,
  deductions: deductions.length,
  points: round2(deductions.reduce((sum, deduction) => sum + deduction.points, 0)),
  notices,
});

/**
 * A quarter's figures per issuing district, the city total, the city bureau's own (市局: issuer `city`) and the
 * city's average per district (the seed's "高于全市平均" comparison). Agencies are counted once per district and
 * once in the city total (an agency deducted by two districts is one agency of the city); the average is over
 * all 7 districts, those with nothing included. The seed's 全市 figures (31 家、122 家次、320 分、通报 4 份) are
 * less than its districts' own (天宁 59 + 新北 44 + 经开 31 家次; 经开 3 + 溧阳 2 + 金坛 2 份): they are the
 * bureau's, which is why `bureau` is there beside the total.
 */
export function tallyAgencyStats(deductions: readonly TallyDeduction[], notices: readonly TallyNotice[]) {
  const rows = districts.map((district) => {
    const own = deductions.filter((deduction) => deduction.issuingDistrictId === district.id);
    return {
      districtId: district.id as string,
      districtName: district.name as string,
      agencies: new Set(own.map((deduction) => deduction.agencyId)).size,
      deductions: own.length,
      points: round2(own.reduce((sum, deduction) => sum + deduction.points, 0)),
      notices: notices.filter((notice) => notice.districtId === district.id).length,
    };
  });
  const city = figuresOf(deductions, notices.length);
  const bureau = figuresOf(
    deductions.filter((deduction) => deduction.issuingDistrictId === 'city'),
    notices.filter((notice) => notice.districtId === 'city').length,
  );
  const n = rows.length;
  const average: Figures = {
    agencies: round2(rows.reduce((sum, row) => sum + row.agencies, 0) / n),
    deductions: round2(rows.reduce((sum, row) => sum + row.deductions, 0) / n),
    points: round2(rows.reduce((sum, row) => sum + row.points, 0) / n),
    notices: round2(rows.reduce((sum, row) => sum + row.notices, 0) / n),
  };
  const withDifferences: DistrictFigures[] = rows.map((row) => ({
    ...row,
    difference: minus(row, average),
    aboveAverage: { deductions: row.deductions > average.deductions, points: row.points > average.points },
  }));
  return { districts: withDifferences, city, bureau, average };
}
