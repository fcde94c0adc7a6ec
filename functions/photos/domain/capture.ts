/** More than this between the EXIF capture time and the upload request makes a photo suspect. */
export const MAX_CAPTURE_GAP_MS = 2 * 3600 * 1000;

export const SUSPECT_REASONS = {
  captureGap: '拍摄时间与上传时间相差超过 2 小时',
  duplicate: '与此前上传的照片内容相同',
  similar: '与本企业此前几天的照片高度相似',
} as const;
/** Why a photo is suspect, stable for machines (the console labels them 拍摄时间异常 / 同一照片 / 相似照片). */
export type SuspectCode = keyof typeof SUSPECT_REASONS;

const EXIF_DATE = /^(\d{4}):(\d{2}):(\d{2}) (\d{2}):(\d{2}):(\d{2})/;

/**
 * EXIF DateTimeOriginal (`2026:12:02 09:30:00`, a wall-clock time without a zone) as an ISO instant. Phones in
 * 常州 write Beijing time, so the value is read at +08:00 whatever the server's own zone is; anything that is
 * not a real date and time gives undefined.
 */
export function captureInstant(exifValue: unknown): string | undefined {
  if (typeof exifValue !== 'string') return undefined;
  const match = EXIF_DATE.exec(exifValue.trim());
  if (!match) return undefined;
  const [, year, month, day, hour, minute, second] = match;
  const local = `${year}-${month}-${day}T${hour}:${minute}:${second}`;
  const instant = new Date(`${local}+08:00`);
  if (Number.isNaN(instant.getTime())) return undefined;
  // Date rolls 02-30 over into March: a value that does not come back unchanged was no real date.
  const back = new Date(instant.getTime() + 8 * 3600 * 1000).toISOString().slice(0, 19);
  return back === local ? instant.toISOString() : undefined;
}

export interface SuspectInput {
  capturedAt: string | undefined;
  uploadedAt: string;
  duplicate: boolean;
  /** Its perceptual hash is near one of the same enterprise's photos from an earlier day. */
  similar?: boolean;
}

/** The codes of why a verified photo deserves a second look, in a fixed order; empty when nothing is odd. */
export function suspectCodes(input: SuspectInput): SuspectCode[] {
  const codes: SuspectCode[] = [];
  if (input.capturedAt) {
    const gap = Math.abs(Date.parse(input.capturedAt) - Date.parse(input.uploadedAt));
    if (gap > MAX_CAPTURE_GAP_MS) codes.push('captureGap');
  }
  if (input.duplicate) codes.push('duplicate');
  if (input.similar) codes.push('similar');
  return codes;
}

/** Why a verified photo deserves a second look, in Chinese, or undefined when nothing is odd about it. */
export function suspectReason(input: SuspectInput): string | undefined {
  const codes = suspectCodes(input);
  return codes.length > 0 ? codes.map((code) => SUSPECT_REASONS[code]).join('；') : undefined;
}
