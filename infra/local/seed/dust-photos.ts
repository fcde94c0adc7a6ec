import { createHash } from 'node:crypto';
import jpeg from 'jpeg-js';
import { seededRandom } from './random';
import { demoUlid } from './risk-plan';

/** Distinct demo cleaning photos, stored once each in the photos bucket and shared by the seeded records. */
export const DUST_PHOTO_POOL = 24;
const WIDTH = 96;
const HEIGHT = 64;

export interface PoolPhoto {
  photoId: string;
  key: string;
  sha256: string;
  size: number;
  bytes: Uint8Array;
}

/** A small real JPEG of a floor-like scene: a grey gradient with a few soft patches, one per seed. */
function drawPhoto(seed: number): Uint8Array {
  const random = seededRandom(seed * 104_729 + 1);
  const patches = Array.from({ length: 5 }, () => ({
    x: random.next(),
    y: random.next(),
    r: 0.1 + random.next() * 0.2,
  }));
  const tone = 90 + random.int(0, 80);
  const data = Buffer.alloc(WIDTH * HEIGHT * 4);
  for (let y = 0; y < HEIGHT; y += 1)
    for (let x = 0; x < WIDTH; x += 1) {
      const u = x / WIDTH;
      const v = y / HEIGHT;
      let shade = tone + 50 * u - 30 * v;
      for (const p of patches) shade -= 60 * Math.exp(-((Math.hypot(u - p.x, v - p.y) / p.r) ** 2));
      const at = (y * WIDTH + x) * 4;
      data[at] = Math.max(0, Math.min(255, shade + 10));
      data[at + 1] = Math.max(0, Math.min(255, shade));
      data[at + 2] = Math.max(0, Math.min(255, shade - 10));
      data[at + 3] = 255;
    }
  return jpeg.encode({ data, width: WIDTH, height: HEIGHT }, 80).data;
}

/** Pool photos' ids and keys: fixed, in the server's key shape (kind/district/owner/day/id) under `dust/demo/`. */
const POOL_AT = Date.parse('2026-01-01T00:00:00Z');

/** The pool's photos. */
export function dustPhotoPool(): PoolPhoto[] {
  return Array.from({ length: DUST_PHOTO_POOL }, (_, n) => {
    const bytes = drawPhoto(n);
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const photoId = demoUlid(POOL_AT, `dust-pool\n${n}`);
    return { photoId, key: `dust/demo/pool/2026-01-01/${photoId}.jpg`, sha256, size: bytes.length, bytes };
  });
}

/**
 * Stores the pool: each image's own VERIFIED photo record first, then its object. The upload-check worker
 * deletes every object without a PENDING record of its key, but keeps one whose VERIFIED record has its SHA-256
 * ("unchanged"), so the records must be there before the objects. A re-run writes the same records and bytes.
 */
export async function storeDustPhotoPool(pool: readonly PoolPhoto[]): Promise<void> {
  const { putObject } = await import('#functions/platform/s3');
  const { photo } = await import('#functions/photos/store/entities/photo');
  const { buckets } = await import('#functions/manifest');
  const bucket = process.env[buckets.photos.envVar] ?? buckets.photos.localName;
  const at = new Date(POOL_AT).toISOString();
  for (const { photoId, key, sha256, size } of pool)
    await photo
      .put({
        ...{ photoId, key, sha256, size, kind: 'dust', status: 'VERIFIED', contentType: 'image/jpeg' },
        ...{
          enterpriseId: 'demo-pool',
          districtId: 'wujin',
          uploadedBy: 'seed',
          uploadedAt: at,
          checkedAt: at,
        },
      })
      .go();
  for (const photo of pool) await putObject(bucket, photo.key, photo.bytes, 'image/jpeg');
}
