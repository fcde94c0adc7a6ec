import { type DeductionSummary, deductionsByIds } from '#functions/agency-deductions/index';
import {
  isRevoked,
  mayGroupDeduction,
  mayManageNotice,
  mayReadNotice,
} from '#functions/agency-notices/domain/notice-rules';
import { type AgencyNoticeItem, agencyNotice } from '#functions/agency-notices/store/entities/agency-notice';
import { NotFoundError, ValidationError } from '#functions/platform/errors';
import type { Principal } from '#functions/platform/principal';

export async function getNoticeItem(noticeId: string): Promise<AgencyNoticeItem | undefined> {
  return (await agencyNotice.get({ noticeId }).go()).data ?? undefined;
}

/** A notice the caller may read, or 404 (out of scope looks like missing). */
export async function visibleNotice(principal: Principal, noticeId: string): Promise<AgencyNoticeItem> {
  const item = await getNoticeItem(noticeId);
  if (!item || !mayReadNotice(principal, item)) throw new NotFoundError();
  return item;
}

/** A notice the caller may change, or 404. */
export async function managedNotice(principal: Principal, noticeId: string): Promise<AgencyNoticeItem> {
  const item = await getNoticeItem(noticeId);
  if (!item || !mayManageNotice(principal, item)) throw new NotFoundError();
  return item;
}

/**
 * The deductions a draft of `issuerId` groups, checked one by one: each must exist, be live and be one the
 * issuer may group (a district's own). Every offender is named on its field, so nothing is written.
 */
export async function groupableDeductions(
  issuerId: string,
  deductionIds: readonly string[],
): Promise<Map<string, DeductionSummary>> {
  const found = await deductionsByIds(deductionIds);
  const errors = deductionIds.flatMap((id, index) => {
    const deduction = found.get(id);
    const path = `body.deductionIds.${index}`;
    if (!deduction || !mayGroupDeduction(issuerId, deduction))
      return [{ path, code: 'invalid_deduction', message: '扣分记录不存在或不是本辖区开出的，不能列入通报' }];
    if (isRevoked(deduction))
      return [{ path, code: 'revoked_deduction', message: '该扣分已撤销，不能列入通报' }];
    return [];
  });
  if (errors.length > 0) throw new ValidationError(errors);
  return found;
}

/** The distinct agencies of a notice's deductions, in first-seen order. */
export const agencyIdsOf = (
  deductionIds: readonly string[],
  found: Map<string, DeductionSummary>,
): string[] => [
  ...new Set(deductionIds.flatMap((id) => (found.get(id) ? [found.get(id)?.agencyId ?? ''] : []))),
];
