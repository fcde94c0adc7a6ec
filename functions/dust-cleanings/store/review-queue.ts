import type { EntityItem } from 'electrodb';
import { dustCleaning } from '#functions/dust-cleanings/store/entities/cleaning';
import { reviewItem } from '#functions/dust-cleanings/store/entities/review-item';
import { isConditionFailure } from '#functions/platform/conditions';
import { ConflictError } from '#functions/platform/errors';

export type ReviewItem = EntityItem<typeof reviewItem>;

/** What the spot check queues of a sampled cleaning (the fields of DustCleaning it needs). */
export interface QueuedCleaning {
  cleaningId: string;
  siteId: string;
  enterpriseId: string;
  districtId: string;
  townId: string;
  day: string;
  suspect: boolean;
  suspectReasons: string[];
}

/** Ignores a conditional write that lost (already queued, already decided, no queue item). */
async function unlessCondition(write: Promise<unknown>) {
  try {
    await write;
  } catch (error) {
    if (!isConditionFailure(error)) throw error;
  }
}

/**
 * Queues each cleaning once (attribute_not_exists), and marks the cleaning `queued` if nobody reviewed it yet:
 * the number newly queued; a second run returns 0.
 */
export async function queueForReview(cleanings: readonly QueuedCleaning[], at: Date): Promise<number> {
  let created = 0;
  for (const cleaning of cleanings) {
    try {
      await reviewItem
        .create({
          ...cleaning,
          rank: cleaning.suspect ? '0' : '1',
          state: 'queued',
          queuedAt: at.toISOString(),
        })
        .go({ response: 'none' });
      created += 1;
    } catch (error) {
      if (!isConditionFailure(error)) throw error;
      continue;
    }
    const queued = dustCleaning
      .patch({ cleaningId: cleaning.cleaningId })
      .set({ review: 'queued' })
      .where(({ review }, { eq }) => eq(review, 'none'))
      .go({ response: 'none' });
    await unlessCondition(queued);
  }
  return created;
}

/** The queue of one town or district for `day` (or all its days when left out), suspect first within a day. */
export async function reviewQueueOf(
  place: { townId: string } | { districtId: string },
  day?: string,
): Promise<ReviewItem[]> {
  const query =
    'townId' in place
      ? reviewItem.query.byTown({ townId: place.townId, ...(day ? { day } : {}) })
      : reviewItem.query.byDistrict({ districtId: place.districtId, ...(day ? { day } : {}) });
  return (await query.go({ pages: 'all' })).data;
}

export const ALREADY_REJECTED = '该清扫记录已被驳回，不能再次审核';

/**
 * Records a decision on the cleaning (the record the day's state is computed from), unless it was rejected
 * already (final: the enterprise uploads again instead) → ConflictError 409. Of two concurrent rejections
 * exactly one succeeds, so the caller sends one re-upload message and refreshes the day once. An approval may
 * still become a rejection. The queue item, when there is one, mirrors the decision.
 */
export async function decideReview(
  cleaningId: string,
  decision: { review: 'approved' | 'rejected'; reviewedBy: string; reason?: string },
  at: Date,
) {
  const reviewedAt = at.toISOString();
  let decided: Awaited<ReturnType<typeof patchCleaning>>;
  try {
    decided = await patchCleaning(cleaningId, { ...decision, reviewedAt });
  } catch (error) {
    if (!isConditionFailure(error)) throw error;
    throw new ConflictError('DUST_REVIEW_DONE', ALREADY_REJECTED);
  }
  const { review: state, ...rest } = decision;
  await unlessCondition(
    reviewItem
      .patch({ cleaningId })
      .set({ state, ...rest, reviewedAt })
      .go({ response: 'none' }),
  );
  return decided;
}

async function patchCleaning(
  cleaningId: string,
  set: { review: 'approved' | 'rejected'; reviewedBy: string; reason?: string; reviewedAt: string },
) {
  const { data } = await dustCleaning
    .patch({ cleaningId })
    .set(set)
    .where(({ review }, { ne }) => ne(review, 'rejected'))
    .go({ response: 'all_new' });
  return data;
}
