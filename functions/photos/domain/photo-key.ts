import type { FileType } from '#functions/photos/domain/image-type';

/** The kinds POST /api/uploads grants (an enterprise's photos). */
export const uploadKinds = ['scan', 'hazard', 'rectification', 'dust', 'patrol', 'task'] as const;
/**
 * Every kind. `evidence` is an agency's deduction or appeal evidence (an image or a PDF): its agency id stands
 * where an enterprise id goes, it is granted only through agency-deductions and shown only by its checks.
 */
export const photoKinds = [...uploadKinds, 'evidence'] as const;
export type PhotoKind = (typeof photoKinds)[number];
/** A photo's state: only VERIFIED photos count anywhere (ARCHITECTURE.md §7). */
export const photoStatuses = ['PENDING', 'VERIFIED', 'REJECTED'] as const;

/** The file extension each accepted type is stored under. */
export const extensionOf: Readonly<Record<FileType, string>> = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/webp': 'webp',
  'application/pdf': 'pdf',
};

export interface PhotoKeyParts {
  kind: PhotoKind;
  districtId: string;
  enterpriseId: string;
  /** The Asia/Shanghai day of the upload request, `2026-12-02`. */
  day: string;
  photoId: string;
  contentType: FileType;
}

/** `<kind>/<districtId>/<enterpriseId>/<yyyy-mm-dd>/<ulid>.<ext>`: the server chooses it, never the browser. */
export function photoKeyOf(parts: PhotoKeyParts): string {
  const { kind, districtId, enterpriseId, day, photoId, contentType } = parts;
  return `${kind}/${districtId}/${enterpriseId}/${day}/${photoId}.${extensionOf[contentType]}`;
}

const ULID = /^[0-9A-HJKMNP-TV-Z]{26}$/;

/**
 * The photo id a key names (its file name's ULID), or null for a key of no photo's shape. The id only finds
 * the candidate: the worker still compares the whole key with the stored one.
 */
export function photoIdOfKey(key: string): string | null {
  const segments = key.split('/');
  if (segments.length !== 5) return null;
  const [photoId, ext, ...rest] = (segments[4] ?? '').split('.');
  if (rest.length > 0 || !photoId || !ext || !ULID.test(photoId)) return null;
  return photoId;
}
