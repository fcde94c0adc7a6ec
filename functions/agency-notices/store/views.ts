import type { DeductionSummary } from '#functions/agency-deductions/index';
import { isRevoked, issuerName } from '#functions/agency-notices/domain/notice-rules';
import type { NoticeView } from '#functions/agency-notices/schemas';
import type { AgencyNoticeItem } from '#functions/agency-notices/store/entities/agency-notice';

export type NoticeDeductionView = NonNullable<NoticeView['deductions']>[number];

export function deductionView(deduction: DeductionSummary): NoticeDeductionView {
  const {
    deductionId,
    agencyId,
    agencyName,
    issuingDistrictId,
    ruleCode,
    ruleDescription,
    points,
    date,
    reason,
  } = deduction;
  return {
    deductionId,
    agencyId,
    agencyName,
    issuingDistrictId,
    ruleCode,
    ruleDescription,
    points,
    date,
    reason,
    revoked: isRevoked(deduction),
  };
}

/** A notice as the API answers it; the detail adds its deductions in the notice's order. */
export function noticeView(item: AgencyNoticeItem, deductions?: Map<string, DeductionSummary>): NoticeView {
  const view: NoticeView = {
    id: item.noticeId,
    noticeId: item.noticeId,
    districtId: item.issuerId as NoticeView['districtId'],
    districtName: issuerName(item.issuerId),
    title: item.title,
    body: item.body,
    deductionIds: item.deductionIds,
    agencyIds: item.agencyIds,
    status: item.status,
    ...(item.publishedAt ? { publishedAt: item.publishedAt } : {}),
    createdAt: item.createdAt,
    updatedAt: item.updatedAt,
  };
  if (!deductions) return view;
  const rows = item.deductionIds.flatMap((id: string) => {
    const deduction = deductions.get(id);
    return deduction ? [deductionView(deduction)] : [];
  });
  return { ...view, deductions: rows };
}
