import { decodeGray } from '#functions/photos/domain/decode';
import { dhashOf } from '#functions/photos/domain/dhash';
import type { ImageType } from '#functions/photos/domain/image-type';
import type { PhotoKind } from '#functions/photos/domain/photo-key';
import { isSimilar, SIMILAR_LOOKBACK_DAYS } from '#functions/photos/domain/similar';
import { photoHashDay } from '#functions/photos/store/entities/photo-hash-day';
import { businessDay } from '#functions/platform/clock';

/** `day` (YYYY-MM-DD) moved by `days` calendar days; the date arithmetic is zone-free. */
export function shiftDay(day: string, days: number): string {
  const at = new Date(`${day}T00:00:00.000Z`);
  at.setUTCDate(at.getUTCDate() + days);
  return at.toISOString().slice(0, 10);
}

/**
 * The hashes of the enterprise's photos of `kind` from the SIMILAR_LOOKBACK_DAYS days before `day` — never `day`
 * itself, so several photos of one cleaning are not each other's copies. One Query (sk between).
 */
export async function earlierHashes(enterpriseId: string, kind: PhotoKind, day: string): Promise<string[]> {
  const { data } = await photoHashDay.query
    .byEnterpriseKind({ enterpriseId, kind })
    .between({ day: shiftDay(day, -SIMILAR_LOOKBACK_DAYS) }, { day: shiftDay(day, -1) })
    .go({ pages: 'all' });
  return data.flatMap((item) => item.hashes ?? []);
}

/** Adds `hash` to the enterprise's day item (created on first use; the same hash again changes nothing). */
export async function rememberHash(enterpriseId: string, kind: PhotoKind, day: string, hash: string) {
  await photoHashDay
    .update({ enterpriseId, kind, day })
    .add({ hashes: [hash] })
    .go({ response: 'none' });
}

/**
 * The photo's dHash and whether it is near one of the same enterprise's photos of its kind from an earlier
 * day; then the hash joins today's item. No hash (WebP, undecodable, over the decode caps): never similar.
 */
export async function perceptualCheck(
  photo: { enterpriseId: string; kind: PhotoKind; contentType: string; uploadedAt: string },
  bytes: Uint8Array,
): Promise<{ dhash?: string; similar: boolean }> {
  const image = decodeGray(bytes, photo.contentType as ImageType);
  if (!image) return { similar: false };
  const dhash = dhashOf(image);
  const day = businessDay(new Date(photo.uploadedAt));
  const similar = isSimilar(dhash, await earlierHashes(photo.enterpriseId, photo.kind, day));
  await rememberHash(photo.enterpriseId, photo.kind, day, dhash);
  return { dhash, similar };
}
