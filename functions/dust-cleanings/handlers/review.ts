import type { DustCleaning, DustReviewDecision } from '#functions/dust-cleanings/schemas';
import { type CleaningItem, cleaningView, findCleaning } from '#functions/dust-cleanings/store/cleanings';
import { refreshDay } from '#functions/dust-cleanings/store/days';
import { decideReview } from '#functions/dust-cleanings/store/review-queue';
import { getDustSite } from '#functions/dust-sites/index';
import { enqueue } from '#functions/messages/index';
import { photoViews } from '#functions/photos/index';
import type { AuditRecord } from '#functions/platform/audit/record';
import { ConflictError, NotFoundError } from '#functions/platform/errors';
import type { Principal } from '#functions/platform/principal';
import { written } from '#functions/platform/respond';
import { inScope } from '#functions/platform/scope';

/** One re-upload SMS per rejected cleaning, whoever rejects it and however often the request is repeated. */
export const reuploadKey = (cleaningId: string) => `dust-reupload#${cleaningId}`;

/** Template params keep to 40 characters; a longer site name is cut with an ellipsis. */
const short = (name: string) => {
  const chars = [...name.trim()];
  return chars.length > 40 ? `${chars.slice(0, 39).join('')}…` : chars.join('');
};

/**
 * What a rejection leaves to do after the decision is stored: the day recomputed (it may be unsatisfied now)
 * and the re-upload SMS to the site's dust contact. Both are harmless when repeated, so a request that finds
 * the cleaning rejected already (a double click, a retry after a crash between the steps) runs them again.
 */
async function afterReject(cleaning: CleaningItem, reason: string, by: Principal, at: Date) {
  await refreshDay(cleaning.siteId, cleaning.day);
  const site = await getDustSite(cleaning.siteId);
  if (!site?.contactPhone) return;
  await enqueue(
    reuploadKey(cleaning.cleaningId),
    {
      template: 'dustReupload',
      params: { site: short(site.name), date: cleaning.day, reason },
      recipient: { phone: site.contactPhone },
      enqueuedBy: by.userId,
      concerns: { entity: 'dustSite', id: cleaning.siteId },
      districtId: cleaning.districtId,
    },
    at,
  );
}

/** The audit record of a decision: about the cleaning, with its day and the review in before/after. */
function auditOf(before: CleaningItem, after: DustCleaning): AuditRecord {
  const pick = (c: Pick<DustCleaning, 'review' | 'reason'>) => ({
    cleaningId: before.cleaningId,
    day: before.day,
    review: c.review,
    ...(c.reason ? { reason: c.reason } : {}),
  });
  const rejected = after.review === 'rejected';
  return {
    action: rejected ? 'rejectPhoto' : 'approvePhoto',
    entity: 'dustCleaning',
    entityId: before.cleaningId,
    districtId: before.districtId,
    before: pick(before),
    after: pick(after),
    summary: `${rejected ? '驳回' : '通过'}粉尘清扫照片：${before.siteName} ${before.day}${
      rejected && after.reason ? `（${after.reason}）` : ''
    }`,
  };
}

/**
 * POST /api/dust-cleanings/{id}/review: approve or reject a cleaning in the caller's scope (out of scope = 404).
 * A rejection is final (409 DUST_REVIEW_DONE after it); an approval may still become a rejection.
 */
export async function reviewCleaning(
  principal: Principal,
  cleaningId: string,
  body: DustReviewDecision,
  now: Date,
) {
  const found = await findCleaning(cleaningId);
  if (!found || !inScope(principal, found)) throw new NotFoundError('清扫记录不存在或无权审核');
  const review = body.decision === 'reject' ? ('rejected' as const) : ('approved' as const);
  let decided: CleaningItem;
  try {
    decided = await decideReview(
      cleaningId,
      { review, reviewedBy: principal.userId, ...(body.reason ? { reason: body.reason } : {}) },
      now,
    );
  } catch (error) {
    // Rejected before: finish what that rejection may have left undone (idempotent), then refuse.
    if (error instanceof ConflictError && found.review === 'rejected')
      await afterReject(found, found.reason ?? '照片不合格', principal, now);
    throw error;
  }
  if (review === 'rejected') await afterReject(decided, body.reason ?? '', principal, now);
  const answer: DustCleaning = {
    ...cleaningView(decided),
    photos: await photoViews(principal, decided.photoIds),
  };
  return written(answer, auditOf(found, answer));
}
