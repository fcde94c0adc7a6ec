import { AGENCY_BASE_SCORE, isListed } from '#functions/agencies/domain/agency-types';
import type { AgencyView } from '#functions/agencies/schemas';
import type { AgencyItem } from '#functions/agencies/store/entities/agency';
import { agencyScores } from '#functions/agency-deductions/index';
import { businessDay } from '#functions/platform/clock';
import { maskPhone } from '#functions/platform/phone';

/** The calendar year (Asia/Shanghai) and day whose score and listing an answer shows. */
export function scoreYear(at: Date): { year: number; today: string } {
  const today = businessDay(at);
  return { year: Number(today.slice(0, 4)), today };
}

/** The API shape of `items` with this year's score and listing (one `agencyScores` call); phones masked in lists. */
export async function agencyViews(
  items: readonly AgencyItem[],
  at: Date,
  masked: boolean,
): Promise<AgencyView[]> {
  const { year, today } = scoreYear(at);
  const scores = await agencyScores(
    items.map((item) => item.agencyId),
    year,
  );
  return items.map(({ version: _version, ...item }) => {
    const score = scores.get(item.agencyId)?.score ?? AGENCY_BASE_SCORE;
    return {
      ...item,
      id: item.agencyId,
      contactPhone: masked ? (maskPhone(item.contactPhone) ?? '') : item.contactPhone,
      year,
      score,
      listed: isListed(item, score, today),
    };
  });
}

export async function agencyView(item: AgencyItem, at: Date): Promise<AgencyView> {
  const [view] = await agencyViews([item], at, false);
  if (!view) throw new Error('unreachable: one item, one view');
  return view;
}
