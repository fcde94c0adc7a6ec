import type { FileType } from '#functions/photos/domain/image-type';
import { MAX_UPLOAD_BYTES } from '#functions/photos/domain/image-type';
import { photoKeyOf, type photoStatuses } from '#functions/photos/domain/photo-key';
import type { UploadTicket } from '#functions/photos/schemas';
import { photo } from '#functions/photos/store/entities/photo';
import { photosByIds } from '#functions/photos/store/records';
import type { AuditRecord } from '#functions/platform/audit/record';
import { businessDay } from '#functions/platform/clock';
import { ValidationError } from '#functions/platform/errors';
import { newId } from '#functions/platform/ids';
import type { Principal } from '#functions/platform/principal';

/**
 * Evidence files of an agency (kind `evidence`: an image or a PDF). The caller (agency-deductions) has checked
 * that the principal reaches the agency; the agency id stands where an enterprise id goes, its registered
 * district in the key's district segment.
 */
export async function grantEvidenceUpload(
  principal: Principal,
  owner: { agencyId: string; districtId: string },
  contentType: FileType,
  now: Date,
): Promise<{ ticket: UploadTicket; audit: AuditRecord }> {
  const { presignPhotoUpload, UPLOAD_EXPIRES_SECONDS } = await import('#functions/photos/store/objects');
  const photoId = newId(now);
  const { agencyId, districtId } = owner;
  const key = photoKeyOf({
    kind: 'evidence',
    districtId,
    enterpriseId: agencyId,
    day: businessDay(now),
    photoId,
    contentType,
  });
  await photo
    .create({
      photoId,
      kind: 'evidence',
      status: 'PENDING',
      key,
      contentType,
      enterpriseId: agencyId,
      districtId,
      uploadedBy: principal.userId,
      uploadedAt: now.toISOString(),
    })
    .go();
  const upload = presignPhotoUpload(key, contentType, principal.userId);
  const expiresAt = new Date(now.getTime() + UPLOAD_EXPIRES_SECONDS * 1000).toISOString();
  const ticket = { photoId, status: 'PENDING' as const, key, expiresAt, maxBytes: MAX_UPLOAD_BYTES, upload };
  const audit: AuditRecord = {
    action: 'create',
    entity: 'photo',
    entityId: photoId,
    districtId,
    after: { kind: 'evidence', agencyId, key, contentType },
    summary: '申请上传证据文件',
  };
  return { ticket, audit };
}

export const EVIDENCE_NOT_USABLE = 'EVIDENCE_NOT_USABLE';

/**
 * The ids, once each, if every one is VERIFIED evidence of `agencyId` uploaded by `uploadedBy`; else a
 * ValidationError on `fieldPath` naming how many are unusable (never why). Writes nothing.
 */
export async function usableEvidence(input: {
  photoIds: string[];
  agencyId: string;
  uploadedBy: string;
  fieldPath: string;
}): Promise<string[]> {
  const ids = [...new Set(input.photoIds)];
  const found = await photosByIds(ids);
  const unusable = ids.filter((photoId) => {
    const record = found.get(photoId);
    return !(
      record?.status === 'VERIFIED' &&
      record.kind === 'evidence' &&
      record.enterpriseId === input.agencyId &&
      record.uploadedBy === input.uploadedBy
    );
  }).length;
  if (unusable > 0) {
    const message = `有 ${unusable} 个证据文件不可用：须为本人为该机构上传、已通过校验的图片或 PDF，请重新上传`;
    throw new ValidationError([{ path: input.fieldPath, message, code: EVIDENCE_NOT_USABLE }], message);
  }
  return ids;
}

/** Short-lived GET links of the VERIFIED evidence of `agencyId` among `photoIds` (the caller checked reach). */
export async function evidenceViews(
  agencyId: string,
  photoIds: readonly string[],
): Promise<{ photoId: string; url: string; contentType: string }[]> {
  if (photoIds.length === 0) return [];
  const { presignPhotoView } = await import('#functions/photos/store/objects');
  const found = await photosByIds(photoIds);
  return [...new Set(photoIds)].flatMap((photoId) => {
    const record = found.get(photoId);
    if (record?.status !== 'VERIFIED' || record.kind !== 'evidence' || record.enterpriseId !== agencyId)
      return [];
    return [{ photoId, url: presignPhotoView(record.key), contentType: record.contentType }];
  });
}

/** An evidence upload's state, to its uploader only (null otherwise): the console waits for VERIFIED. */
export async function evidenceStatus(
  photoId: string,
  uploadedBy: string,
): Promise<{
  photoId: string;
  status: (typeof photoStatuses)[number];
  contentType: string;
  rejectMessage?: string;
} | null> {
  const record = (await photosByIds([photoId])).get(photoId);
  if (record?.kind !== 'evidence' || record.uploadedBy !== uploadedBy) return null;
  const { rejectionMessages } = await import('#functions/photos/domain/rejections');
  return {
    photoId,
    status: record.status,
    contentType: record.contentType,
    ...(record.rejectReason ? { rejectMessage: rejectionMessages[record.rejectReason] } : {}),
  };
}
