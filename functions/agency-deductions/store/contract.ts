import { agencyDeduction, type DeductionItem } from '#functions/agency-deductions/store/entities/deduction';

/** A deduction as other capabilities (notices, statistics) see it. */
export interface DeductionSummary {
  deductionId: string;
  agencyId: string;
  agencyName: string;
  issuingDistrictId: string;
  ruleCode: string;
  ruleDescription: string;
  points: number;
  date: string;
  reason: string;
  status: 'live' | 'revoked';
}

export const summaryOf = (item: DeductionItem): DeductionSummary => ({
  deductionId: item.deductionId,
  agencyId: item.agencyId,
  agencyName: item.agencyName,
  issuingDistrictId: item.issuingDistrictId,
  ruleCode: item.ruleCode,
  ruleDescription: item.ruleDescription,
  points: item.points,
  date: item.date,
  reason: item.reason,
  status: item.status,
});

/** The months YYYY-MM from `from`'s to `to`'s (both YYYY-MM-DD), at most 120. */
export function monthsBetween(from: string, to: string): string[] {
  const months: string[] = [];
  let year = Number(from.slice(0, 4));
  let month = Number(from.slice(5, 7));
  const last = to.slice(0, 7);
  while (months.length < 120) {
    const key = `${year}-${String(month).padStart(2, '0')}`;
    if (key > last) break;
    months.push(key);
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
  return months;
}

/** Live deductions dated in [from, to] (YYYY-MM-DD): one gsi3 Query per month, by date. */
export async function deductionsBetween(from: string, to: string): Promise<DeductionSummary[]> {
  if (from > to) return [];
  const pages = await Promise.all(
    monthsBetween(from, to).map((month) =>
      agencyDeduction.query
        .byMonth({ month })
        .between({ date: from }, { date: `${to}\uffff` })
        .go({ pages: 'all' }),
    ),
  );
  return pages
    .flatMap(({ data }) => data)
    .filter((item) => item.status === 'live')
    .map(summaryOf);
}

/** The deductions of `ids` that exist, revoked ones included. */
export async function deductionsByIds(ids: readonly string[]): Promise<Map<string, DeductionSummary>> {
  const unique = [...new Set(ids)];
  const found = new Map<string, DeductionSummary>();
  for (let start = 0; start < unique.length; start += 100) {
    const keys = unique.slice(start, start + 100).map((deductionId) => ({ deductionId }));
    const { data } = await agencyDeduction.get(keys).go();
    for (const item of data) found.set(item.deductionId, summaryOf(item));
  }
  return found;
}
