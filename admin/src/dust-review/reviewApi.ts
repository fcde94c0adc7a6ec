import type { DustReviewDecision, DustReviewItem } from '#functions/dust-cleanings/schemas';
import { createApiClient } from '../api/httpClient';

/** One cleaning of the review queue, as GET /api/dust-reviews answers it (the API's own type). */
export type { DustReviewItem };

export interface DustReviewPage {
  data: DustReviewItem[];
  nextCursor: string | null;
}

export interface DustReviewFilter {
  districtId?: string;
  townId?: string;
  day?: string;
  state?: string;
}

/** What the gallery sends: a reject always with its reason (the API's DustReviewDecision, narrowed). */
export type ReviewDecision = ({ decision: 'approve' } | { decision: 'reject'; reason: string }) &
  DustReviewDecision;

/** A reject's reason goes into the re-upload SMS: 1–60 characters (the API's rule, said before sending). */
export const REASON_MAX = 60;

/** Cards a page asks for; the API caps lists at 100. */
export const REVIEW_PAGE = 48;

/** The query of one page: the filters that have a value, then limit and cursor (blank filters are refused). */
export function reviewQuery(filter: DustReviewFilter, cursor: string | null, limit = REVIEW_PAGE): string {
  const search = new URLSearchParams();
  for (const key of ['districtId', 'townId', 'day', 'state'] as const) {
    const value = filter[key];
    if (typeof value === 'string' && value.trim() !== '') search.set(key, value.trim());
  }
  search.set('limit', String(limit));
  if (cursor) search.set('cursor', cursor);
  return search.toString();
}

/** After a decision, the next card still waiting (after `from`, wrapping round); `from` when none is left. */
export function nextQueued(items: readonly Pick<DustReviewItem, 'state'>[], from: number): number {
  for (let step = 1; step < items.length; step++) {
    const at = (from + step) % items.length;
    if (items[at]?.state === 'queued') return at;
  }
  return from;
}

const api = createApiClient();

export const readReviewPage = (filter: DustReviewFilter, cursor: string | null, signal?: AbortSignal) =>
  api<DustReviewPage>(`/dust-reviews?${reviewQuery(filter, cursor)}`, { signal });

export const sendReview = (cleaningId: string, decision: ReviewDecision) =>
  api<unknown>(`/dust-cleanings/${encodeURIComponent(cleaningId)}/review`, {
    method: 'POST',
    body: decision,
  });
