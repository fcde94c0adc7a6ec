import type { SuspectCode } from '#functions/photos/domain/capture';
import type { PhotoKind } from '#functions/photos/schemas';
import { maySee, photosByIds } from '#functions/photos/store/records';
import { ValidationError } from '#functions/platform/errors';
import type { Principal } from '#functions/platform/principal';

export interface VerifiedPhoto {
  photoId: string;
  kind: PhotoKind;
  enterpriseId: string;
  key: string;
  sha256: string;
  size: number;
  capturedAt?: string;
  suspect?: string;
  /** Codes of `suspect` (the dust review gallery labels them). */
  suspectReasons?: SuspectCode[];
  uploadedBy: string;
  uploadedAt: string;
}

export const PHOTO_NOT_USABLE = 'PHOTO_NOT_USABLE';

/** `body.photoIds` for `photoIds`; a path that already names its part is kept. */
const pathOf = (fieldPath: string) =>
  /^(body|query|params)\./.test(fieldPath) ? fieldPath : `body.${fieldPath}`;

/**
 * Every id VERIFIED, of one of `kinds`, of `enterpriseId`, uploaded by `uploadedBy` — else a ValidationError on
 * `fieldPath` (code PHOTO_NOT_USABLE) that names how many are unusable, never why (that would tell whose they
 * are). Writes nothing. Ids given twice count once.
 */
export async function usablePhotos(input: {
  photoIds: string[];
  enterpriseId: string;
  uploadedBy: string;
  kinds: PhotoKind[];
  fieldPath: string;
}): Promise<VerifiedPhoto[]> {
  const found = await photosByIds(input.photoIds);
  const usable: VerifiedPhoto[] = [];
  let unusable = 0;
  for (const photoId of new Set(input.photoIds)) {
    const record = found.get(photoId);
    const fits =
      record?.status === 'VERIFIED' &&
      input.kinds.includes(record.kind) &&
      record.enterpriseId === input.enterpriseId &&
      record.uploadedBy === input.uploadedBy;
    if (!record || !fits || record.sha256 === undefined || record.size === undefined) {
      unusable += 1;
      continue;
    }
    const { kind, enterpriseId, key, sha256, size, capturedAt, suspect, uploadedBy, uploadedAt } = record;
    usable.push({
      ...{ photoId, kind, enterpriseId, key, sha256, size, uploadedBy, uploadedAt },
      ...(capturedAt ? { capturedAt } : {}),
      ...(suspect ? { suspect } : {}),
      ...(record.suspectReasons?.length ? { suspectReasons: record.suspectReasons as SuspectCode[] } : {}),
    });
  }
  if (unusable > 0) {
    const message = `有 ${unusable} 张照片不可用：须为本人上传、已通过校验、属于本企业的照片，请重新拍摄上传`;
    throw new ValidationError([{ path: pathOf(input.fieldPath), message, code: PHOTO_NOT_USABLE }], message);
  }
  return usable;
}

/** Short-lived GET URLs of the VERIFIED photos among `photoIds` that `principal` may see, in the order given. */
export async function photoViews(
  principal: Principal,
  photoIds: string[],
): Promise<{ photoId: string; url: string; capturedAt?: string; suspect?: string }[]> {
  // Loaded on use: the bucket's environment exists only in groups that show photos (hazards), not in scans
  const { presignPhotoView } = await import('#functions/photos/store/objects');
  const found = await photosByIds(photoIds);
  return [...new Set(photoIds)].flatMap((photoId) => {
    const record = found.get(photoId);
    if (record?.status !== 'VERIFIED' || !maySee(principal, record)) return [];
    const { capturedAt, suspect } = record;
    return [
      {
        photoId,
        url: presignPhotoView(record.key),
        ...(capturedAt ? { capturedAt } : {}),
        ...(suspect ? { suspect } : {}),
      },
    ];
  });
}
