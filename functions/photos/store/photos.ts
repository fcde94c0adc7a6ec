import { enterprisePlacement } from '#functions/enterprises/index';
import type { SuspectCode } from '#functions/photos/domain/capture';
import { MAX_UPLOAD_BYTES } from '#functions/photos/domain/image-type';
import { photoKeyOf } from '#functions/photos/domain/photo-key';
import { rejectionMessages } from '#functions/photos/domain/rejections';
import type { Photo, UploadRequest, UploadTicket } from '#functions/photos/schemas';
import { photo } from '#functions/photos/store/entities/photo';
import {
  presignPhotoUpload,
  presignPhotoView,
  UPLOAD_EXPIRES_SECONDS,
} from '#functions/photos/store/objects';
import { maySee, type PhotoRecord } from '#functions/photos/store/records';
import type { AuditRecord } from '#functions/platform/audit/record';
import { businessDay } from '#functions/platform/clock';
import { NotFoundError, ValidationError } from '#functions/platform/errors';
import { newId } from '#functions/platform/ids';
import type { Principal } from '#functions/platform/principal';
import { inScope } from '#functions/platform/scope';

export type { PhotoRecord };

const enterpriseMissing = () => new NotFoundError('企业不存在或不在您的管辖范围内');

/**
 * Grants one upload: a PENDING photo with a key the server chose, and the presigned POST for exactly that key.
 * The caller must have the enterprise in scope (an enterprise user: its own, the default).
 */
export async function grantUpload(
  principal: Principal,
  request: UploadRequest,
  now: Date,
): Promise<{ ticket: UploadTicket; audit: AuditRecord }> {
  const enterpriseId = request.enterpriseId ?? principal.enterpriseId;
  if (!enterpriseId) {
    const message = '请选择照片所属的企业';
    throw new ValidationError([{ path: 'body.enterpriseId', message, code: 'required' }], message);
  }
  const placement = await enterprisePlacement(enterpriseId);
  if (!placement || !inScope(principal, { ...placement, enterpriseId })) throw enterpriseMissing();
  const photoId = newId(now);
  const key = photoKeyOf({
    kind: request.kind,
    districtId: placement.districtId,
    enterpriseId,
    day: businessDay(now),
    photoId,
    contentType: request.contentType,
  });
  await photo
    .create({
      photoId,
      kind: request.kind,
      status: 'PENDING',
      key,
      contentType: request.contentType,
      enterpriseId,
      ...placement,
      uploadedBy: principal.userId,
      uploadedAt: now.toISOString(),
    })
    .go();
  const upload = presignPhotoUpload(key, request.contentType, principal.userId);
  const expiresAt = new Date(now.getTime() + UPLOAD_EXPIRES_SECONDS * 1000).toISOString();
  const ticket = { photoId, status: 'PENDING' as const, key, expiresAt, maxBytes: MAX_UPLOAD_BYTES, upload };
  const after = { kind: request.kind, enterpriseId, key, contentType: request.contentType };
  const audit: AuditRecord = {
    action: 'create',
    entity: 'photo',
    entityId: photoId,
    districtId: placement.districtId,
    after,
    summary: '申请上传照片',
  };
  return { ticket, audit };
}

export function photoView(record: PhotoRecord): Photo {
  const {
    photoId,
    key: _key,
    townId: _town,
    gridId: _grid,
    checkedAt: _checked,
    dhash: _hash,
    suspectReasons,
    ...rest
  } = record;
  return {
    id: photoId,
    ...rest,
    ...(suspectReasons ? { suspectReasons: suspectReasons as SuspectCode[] } : {}),
    ...(record.rejectReason ? { rejectMessage: rejectionMessages[record.rejectReason] } : {}),
    ...(record.status === 'VERIFIED' ? { url: presignPhotoView(record.key) } : {}),
  };
}

/** The photo with its state, to those who may see its enterprise; 404 to everyone else. */
export async function photoFor(principal: Principal, photoId: string): Promise<Photo> {
  const { data } = await photo.get({ photoId }).go();
  if (!data || !maySee(principal, data)) throw new NotFoundError('照片不存在或无权查看');
  return photoView(data);
}
