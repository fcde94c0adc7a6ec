import type { DustReviewQuery } from '#functions/dust-cleanings/schemas';
import { listReviews } from '#functions/dust-cleanings/store/review-list';
import type { Principal } from '#functions/platform/principal';
import { page } from '#functions/platform/respond';

/** GET /api/dust-reviews: the spot-check queue in the caller's scope, suspect first within a day. */
export async function reviewsRoute(principal: Principal, query: DustReviewQuery, now: Date) {
  const { limit, cursor, ...filter } = query;
  const { data, nextCursor } = await listReviews(principal, filter, { limit, cursor }, now);
  return page(data, nextCursor);
}
