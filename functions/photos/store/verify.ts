import { createHash } from 'node:crypto';
import { suspectCodes, suspectReason } from '#functions/photos/domain/capture';
import { captureTimeOf, HEAD_BYTES } from '#functions/photos/domain/exif';
import { judgeEvidence, judgeUpload, MAX_UPLOAD_BYTES } from '#functions/photos/domain/image-type';
import { photoIdOfKey } from '#functions/photos/domain/photo-key';
import type { RejectionReason } from '#functions/photos/domain/rejections';
import { photo } from '#functions/photos/store/entities/photo';
import { photoContent } from '#functions/photos/store/entities/photo-content';
import {
  deletePhotoObject,
  headPhotoObject,
  readPhotoObject,
  readPhotoStart,
} from '#functions/photos/store/objects';
import type { PhotoRecord } from '#functions/photos/store/photos';
import { perceptualCheck } from '#functions/photos/store/similar';
import { isConditionFailure } from '#functions/platform/conditions';
import { logger } from '#functions/platform/logger';

export type CheckOutcome = 'verified' | 'rejected' | 'deleted' | 'unchanged' | 'gone';

const sha256Of = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** Deletes an object that is no photo's upload; the photo it may name is left as it was. */
async function discard(key: string, why: RejectionReason): Promise<CheckOutcome> {
  logger.warn('photo object deleted', { key, reason: why });
  await deletePhotoObject(key);
  return 'deleted';
}

/** Marks the photo REJECTED (only from `from`), then deletes its object: a crash in between is retried. */
async function reject(record: PhotoRecord, from: PhotoRecord['status'], why: RejectionReason, at: Date) {
  try {
    await photo
      .patch({ photoId: record.photoId })
      .set({ status: 'REJECTED', rejectReason: why, checkedAt: at.toISOString() })
      .where(({ status }, { eq }) => eq(status, from))
      .go();
  } catch (error) {
    if (!isConditionFailure(error)) throw error;
  }
  logger.warn('photo rejected and its object deleted', { key: record.key, reason: why });
  await deletePhotoObject(record.key);
  return 'rejected' as const;
}

/** Whether another photo had these bytes first; the first one claims them (a redelivery finds its own claim). */
async function isDuplicate(sha256: string, record: PhotoRecord, at: Date): Promise<boolean> {
  const claim = { sha256, photoId: record.photoId, enterpriseId: record.enterpriseId };
  try {
    await photoContent.create({ ...claim, uploadedBy: record.uploadedBy, firstAt: at.toISOString() }).go();
    return false;
  } catch (error) {
    if (!isConditionFailure(error)) throw error;
  }
  const { data } = await photoContent.get({ sha256 }).go();
  return data?.photoId !== record.photoId;
}

/** Evidence (an image or a PDF of an agency's case): its hash and size only, no capture time or likeness. */
async function verifyEvidence(record: PhotoRecord, size: number, at: Date) {
  const sha256 = sha256Of(await readPhotoObject(record.key));
  try {
    await photo
      .patch({ photoId: record.photoId })
      .set({ status: 'VERIFIED', sha256, size, checkedAt: at.toISOString() })
      .where(({ status }, { eq }) => eq(status, 'PENDING'))
      .go();
    return 'verified' as const;
  } catch (error) {
    if (!isConditionFailure(error)) throw error;
    return 'unchanged' as const;
  }
}

async function verify(record: PhotoRecord, size: number, start: Uint8Array, at: Date) {
  if (record.kind === 'evidence') return verifyEvidence(record, size, at);
  const bytes = await readPhotoObject(record.key);
  const sha256 = sha256Of(bytes);
  const capturedAt = await captureTimeOf(start);
  const duplicate = await isDuplicate(sha256, record, at);
  const { dhash, similar } = await perceptualCheck(record, bytes);
  const facts = { capturedAt, uploadedAt: record.uploadedAt, duplicate, similar };
  const suspect = suspectReason(facts);
  const codes = suspectCodes(facts);
  try {
    await photo
      .patch({ photoId: record.photoId })
      .set({
        status: 'VERIFIED',
        sha256,
        size,
        checkedAt: at.toISOString(),
        ...(capturedAt ? { capturedAt } : {}),
        ...(dhash ? { dhash } : {}),
        ...(suspect ? { suspect, suspectReasons: codes } : {}),
      })
      .where(({ status }, { eq }) => eq(status, 'PENDING'))
      .go();
    return 'verified' as const;
  } catch (error) {
    if (!isConditionFailure(error)) throw error;
    return 'unchanged' as const; // a concurrent delivery of the same event decided first
  }
}

/**
 * Checks one new object of the photos bucket (ARCHITECTURE.md §7): its key must be a PENDING photo's, uploaded
 * by the account it was granted to, the size in range and the first bytes the declared type. Then the photo
 * is VERIFIED with its SHA-256, size and capture time, or REJECTED and the object deleted. A second delivery
 * changes nothing; an object that replaced a verified one (the same form posted again) rejects the photo.
 */
export async function checkPhotoObject(key: string, at: Date): Promise<CheckOutcome> {
  const head = await headPhotoObject(key);
  if (!head) return 'gone';
  const photoId = photoIdOfKey(key);
  const record = photoId ? (await photo.get({ photoId }).go()).data : null;
  if (!record || record.key !== key) return discard(key, 'no-pending-photo');
  if (record.status === 'REJECTED') return discard(key, 'replaced');
  if (record.status === 'VERIFIED') {
    if (sha256Of(await readPhotoObject(key)) === record.sha256) return 'unchanged';
    return reject(record, 'VERIFIED', 'replaced', at);
  }
  if (head.uploader !== record.uploadedBy) return discard(key, 'uploader-mismatch');
  const readable = head.size > 0 && head.size <= MAX_UPLOAD_BYTES;
  const start = readable ? await readPhotoStart(key, Math.min(HEAD_BYTES, head.size)) : new Uint8Array();
  const verdict =
    head.contentType === record.contentType
      ? (record.kind === 'evidence' ? judgeEvidence : judgeUpload)(head.size, record.contentType, start)
      : { accepted: false as const, reason: 'type-mismatch' };
  if (!verdict.accepted) return reject(record, 'PENDING', verdict.reason as RejectionReason, at);
  return verify(record, head.size, start, at);
}
