import { agencyTypeLabels, allAgencies, isListed, scoreBand } from '#functions/agencies/index';
import { agencyScores, deductionsByIds } from '#functions/agency-deductions/index';
import { isRevoked, issuerName } from '#functions/agency-notices/domain/notice-rules';
import type { PublicListing } from '#functions/agency-notices/schemas';
import { agencyNotice } from '#functions/agency-notices/store/entities/agency-notice';
import { businessDay } from '#functions/platform/clock';
import { districtName } from '#functions/platform/districts';

const bandLabels = { excellent: '优秀', good: '良好', qualified: '合格' } as const;
/** The public page shows the latest notices only: a year has a few dozen. */
const PUBLIC_NOTICES = 20;

/**
 * The public listing (公告名单) on `now`: agencies listed under the DOMAIN.md rule with their score band (not the
 * exact score), and the latest published notices with their live deductions' agencies and points. Nothing
 * personal: no contact, no reason text (free text may name people), no notice body.
 */
export async function publicListing(now: Date): Promise<PublicListing> {
  const today = businessDay(now);
  const agencies = await allAgencies();
  const scores = await agencyScores(
    agencies.map((agency) => agency.agencyId),
    Number(today.slice(0, 4)),
  );
  const listed = agencies
    .map((agency) => ({ agency, score: scores.get(agency.agencyId)?.score ?? 100 }))
    .filter(({ agency, score }) => isListed(agency, score, today))
    .sort((a, b) => b.score - a.score || a.agency.name.localeCompare(b.agency.name, 'zh-CN'))
    .map(({ agency, score }) => {
      const band = scoreBand(score) as keyof typeof bandLabels;
      return {
        agencyId: agency.agencyId,
        name: agency.name,
        type: agency.type,
        typeLabel: agencyTypeLabels[agency.type],
        districtId: agency.districtId,
        districtName: districtName(agency.districtId) ?? agency.districtId,
        certificateExpiry: agency.certificateExpiry,
        scoreBand: band,
        scoreBandLabel: bandLabels[band],
      };
    });
  const { data: notices } = await agencyNotice.query
    .byStatus({ status: 'published' })
    .go({ order: 'desc', limit: PUBLIC_NOTICES });
  const deductions = await deductionsByIds(notices.flatMap((notice) => notice.deductionIds));
  return {
    today,
    agencies: listed,
    notices: notices.map((notice) => ({
      noticeId: notice.noticeId,
      title: notice.title,
      districtName: issuerName(notice.issuerId),
      publishedOn: businessDay(new Date(notice.publishedAt ?? notice.stampedAt)),
      deductions: notice.deductionIds.flatMap((id) => {
        const deduction = deductions.get(id);
        if (!deduction || isRevoked(deduction)) return [];
        const { deductionId, agencyName, ruleDescription, points } = deduction;
        return [{ deductionId, agencyName, ruleDescription, points }];
      }),
    })),
  };
}
