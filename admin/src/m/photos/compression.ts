/** What the phone does with a photo before upload (pure decisions; `compress.ts` runs them in the browser). */

/** The longest side a photo keeps: enough to read a nameplate or a crack, small enough for 3G. */
export const MAX_SIDE = 1600;
/** A JPEG already within MAX_SIDE and this size is sent as it is (re-encoding it would only lose detail). */
export const KEEP_AS_IS_BYTES = 800_000;
export const JPEG_QUALITY = 0.8;
/** What the upload policy admits (ARCHITECTURE.md §7): Content-Type pinned, at most 10 MB. */
export const UPLOAD_TYPES = ['image/jpeg', 'image/png', 'image/webp'] as const;
export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;

export interface ImageFacts {
  readonly width: number;
  readonly height: number;
  readonly type: string;
  readonly size: number;
}

export type CompressionPlan =
  | { readonly action: 'keep' }
  | {
      readonly action: 'reencode';
      readonly width: number;
      readonly height: number;
      readonly quality: number;
    };

/** Keep a small upright-sized JPEG; otherwise scale the longest side down to MAX_SIDE and encode as JPEG. */
export function compressionPlan(facts: ImageFacts): CompressionPlan {
  const longest = Math.max(facts.width, facts.height);
  const scale = longest > MAX_SIDE ? MAX_SIDE / longest : 1;
  if (scale === 1 && facts.type === 'image/jpeg' && facts.size <= KEEP_AS_IS_BYTES) return { action: 'keep' };
  return {
    action: 'reencode',
    width: Math.max(1, Math.round(facts.width * scale)),
    height: Math.max(1, Math.round(facts.height * scale)),
    quality: JPEG_QUALITY,
  };
}

/**
 * Which of the two goes up: the re-encoded one, unless the original is smaller and could be sent as it is
 * (an uploadable type within MAX_SIDE), as happens with an already well-compressed photo.
 */
export function smallerUpload(original: ImageFacts, encodedSize: number): 'original' | 'encoded' {
  const originalFits =
    Math.max(original.width, original.height) <= MAX_SIDE &&
    (UPLOAD_TYPES as readonly string[]).includes(original.type);
  return originalFits && original.size <= encodedSize ? 'original' : 'encoded';
}

/** A Chinese reason the photo cannot be sent, or undefined when it can. */
export function uploadRefusal(type: string, size: number): string | undefined {
  if (!(UPLOAD_TYPES as readonly string[]).includes(type))
    return '照片格式不支持，请使用相机拍照（JPEG/PNG/WebP）';
  if (size > MAX_UPLOAD_BYTES) return '照片超过 10 MB，无法上传，请重新拍摄';
  return undefined;
}
