import type { DustCleaning, DustCleaningCreate } from '#functions/dust-cleanings/schemas';
import { cleaningView } from '#functions/dust-cleanings/store/cleanings';
import { recordCleaning } from '#functions/dust-cleanings/store/cleanings-record';
import { photoViews } from '#functions/photos/index';
import type { Principal } from '#functions/platform/principal';
import { created, ok } from '#functions/platform/respond';

/** POST /api/dust-cleanings: a retry answers the record made the first time, with 200 (nothing new created). */
export async function uploadCleaning(principal: Principal, body: DustCleaningCreate, now: Date) {
  const { cleaning, replayed } = await recordCleaning(principal, body, now);
  const answer: DustCleaning = {
    ...cleaningView(cleaning),
    photos: await photoViews(principal, cleaning.photoIds),
  };
  return replayed ? ok(answer) : created(answer);
}
