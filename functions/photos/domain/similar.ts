import { hammingDistance } from '#functions/photos/domain/dhash';

/**
 * How far back a photo is compared: 90 days, the history the dust ladder and the upload-rate trend look at. An
 * old photo kept longer and re-shot is rare; reading 90 day-items of one enterprise is one Query of a few KB.
 */
export const SIMILAR_LOOKBACK_DAYS = 90;

/**
 * At most this many of 64 bits apart counts as the same picture. Re-encoding and resizing move 0–4 bits (see
 * tests/unit/photos/dhash.test.ts); 10 is the usual dHash cut-off for "same image", but a daily photo of the same
 * workshop floor from the same spot is meant to look alike, so the cut-off stays lower to flag copies, not
 * honest repeats. A flag only asks a person to look; it never rejects.
 */
export const SIMILAR_MAX_DISTANCE = 6;

/** Whether `hash` is within SIMILAR_MAX_DISTANCE of any of `earlier`. */
export const isSimilar = (hash: string, earlier: Iterable<string>): boolean => {
  for (const other of earlier) if (hammingDistance(hash, other) <= SIMILAR_MAX_DISTANCE) return true;
  return false;
};
