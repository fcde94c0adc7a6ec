/** Image types an upload may be; anything else is rejected whatever its name or Content-Type claims. */
export type ImageType = 'image/jpeg' | 'image/png' | 'image/webp';
/** What evidence files may be besides images (kind `evidence` only). */
export type FileType = ImageType | 'application/pdf';

export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;

/** Bytes needed from the start of an object to recognise its type. */
export const SNIFF_BYTES = 12;

/** Recognises an image by its magic bytes. */
export function sniffImageType(head: Uint8Array): ImageType | null {
  const starts = (bytes: number[], offset = 0) => bytes.every((byte, i) => head[offset + i] === byte);
  if (starts([0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (starts([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (starts([0x52, 0x49, 0x46, 0x46]) && starts([0x57, 0x45, 0x42, 0x50], 8)) return 'image/webp';
  return null;
}

export type UploadVerdict = { accepted: true; type: FileType } | { accepted: false; reason: string };

/** Judges an uploaded object from its size, declared type and first bytes. */
export function judgeUpload(size: number, declaredType: string | undefined, head: Uint8Array): UploadVerdict {
  if (size <= 0) return { accepted: false, reason: 'empty' };
  if (size > MAX_UPLOAD_BYTES) return { accepted: false, reason: 'too-large' };
  const type = sniffImageType(head);
  if (!type) return { accepted: false, reason: 'not-an-image' };
  if (declaredType && declaredType !== type) return { accepted: false, reason: 'type-mismatch' };
  return { accepted: true, type };
}

const PDF_MAGIC = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-

/** Judges an evidence upload: a PDF by its `%PDF-` header, anything else as an image. */
export function judgeEvidence(
  size: number,
  declaredType: string | undefined,
  head: Uint8Array,
): UploadVerdict {
  if (declaredType !== 'application/pdf') return judgeUpload(size, declaredType, head);
  if (size <= 0) return { accepted: false, reason: 'empty' };
  if (size > MAX_UPLOAD_BYTES) return { accepted: false, reason: 'too-large' };
  if (!PDF_MAGIC.every((byte, i) => head[i] === byte)) return { accepted: false, reason: 'not-a-pdf' };
  return { accepted: true, type: 'application/pdf' };
}
