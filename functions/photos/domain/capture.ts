/** More than this between the EXIF capture time and the upload request makes a photo suspect. */
export const MAX_CAPTURE_GAP_MS = 2 * 3600 * 1000;

export const SUSPECT_REASONS = {
  captureGap: '拍摄时间与上传时间相差超过 2 小时',
  duplicate: '与此前上传的照片内容相同',
} as const;

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

/** Why a verified photo deserves a second look, or undefined when nothing is odd about it. */
export function suspectReason(input: {
  capturedAt: string | undefined;
  uploadedAt: string;
  duplicate: boolean;
}): string | undefined {
  const reasons: string[] = [];
  if (input.capturedAt) {
    const gap = Math.abs(Date.parse(input.capturedAt) - Date.parse(input.uploadedAt));
    if (gap > MAX_CAPTURE_GAP_MS) reasons.push(SUSPECT_REASONS.captureGap);
  }
  if (input.duplicate) reasons.push(SUSPECT_REASONS.duplicate);
  return reasons.length > 0 ? reasons.join('；') : undefined;
}
