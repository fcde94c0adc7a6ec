/**
 * What other capabilities may use of photos: telling an image's real type, the verified photos a record may
 * attach (usablePhotos) and the short-lived links its answers show (photoViews).
 */
export type { SuspectCode } from '#functions/photos/domain/capture';
export {
  type FileType,
  type ImageType,
  judgeEvidence,
  judgeUpload,
  sniffImageType,
} from '#functions/photos/domain/image-type';
export type { PhotoKind, UploadTicket } from '#functions/photos/schemas';
export {
  EVIDENCE_NOT_USABLE,
  evidenceStatus,
  evidenceViews,
  grantEvidenceUpload,
  usableEvidence,
} from '#functions/photos/store/evidence';
export {
  PHOTO_NOT_USABLE,
  photoViews,
  usablePhotos,
  type VerifiedPhoto,
} from '#functions/photos/store/usable';
