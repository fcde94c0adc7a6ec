import { describe, expect, it } from 'vitest';
import { photoIdOfKey } from '#functions/photos/domain/photo-key';
import { photo } from '#functions/photos/store/entities/photo';
import { cleaningOf, REJECT_REASON } from '#infra/local/seed/dust-items';
import { dustPhotoPool } from '#infra/local/seed/dust-photos';
import type { PlannedDay, PlannedSite } from '#infra/local/seed/dust-plan';
import type { DemoEnterprise } from '#infra/local/seed/risk-plan';

const pool = dustPhotoPool();
const enterprise = {
  id: 'E1',
  districtId: 'wujin',
  townId: 'T1',
  gridId: 'G1',
  safety: { userId: 'U-safety', name: '安全员' },
} as DemoEnterprise;
const site = { siteId: 'S1', enterprise } as PlannedSite;
const at = Date.parse('2026-11-29T09:00:00+08:00');
const day = (over: Partial<PlannedDay>): PlannedDay => ({
  day: '2026-11-29',
  at,
  photos: 1,
  suspect: false,
  rejected: false,
  ...over,
});
const context = { pool, reviewer: { userId: 'U-town', name: '镇街' }, serial: 1, queuedFrom: '2026-11-29' };

describe('the demo photo pool', () => {
  it('is 24 real, distinct JPEGs under dust/demo/, in the key shape the upload worker reads', () => {
    // Assess
    expect(pool).toHaveLength(24);
    expect(new Set(pool.map((p) => p.sha256)).size).toBe(24);
    expect(pool[0]?.key).toBe(`dust/demo/pool/2026-01-01/${pool[0]?.photoId}.jpg`);
    expect(photoIdOfKey(pool[0]?.key ?? '')).toBe(pool[0]?.photoId);
    for (const p of pool) expect([...p.bytes.subarray(0, 3)]).toEqual([0xff, 0xd8, 0xff]);
  });
});

describe('a seeded cleaning', () => {
  it('has VERIFIED dust photo records the photo entity accepts, uploaded by the 安全员', () => {
    // Act
    const { cleaning, photos } = cleaningOf(site, day({ photos: 2 }), context);

    // Assess
    expect(photos).toHaveLength(2);
    for (const record of photos) {
      expect(record).toMatchObject({
        kind: 'dust',
        status: 'VERIFIED',
        uploadedBy: 'U-safety',
        gridId: 'G1',
      });
      expect(() => photo.put(record).params()).not.toThrow();
    }
    expect(cleaning).toMatchObject({ siteId: 'S1', day: '2026-11-29', review: 'none', suspect: false });
    expect(cleaning.photoIds).toEqual(photos.map((record) => record.photoId));
  });

  it('when rejected, names the reviewing town officer and the reason', () => {
    // Act
    const { cleaning } = cleaningOf(site, day({ rejected: true }), context);

    // Assess
    expect(cleaning).toMatchObject({ review: 'rejected', reviewedBy: 'U-town', reason: REJECT_REASON });
  });

  it('when suspect, carries the code on the cleaning and its first photo; queued if recent, else approved', () => {
    // Act
    const recent = cleaningOf(site, day({ suspect: true }), context);
    const old = cleaningOf(site, day({ suspect: true }), { ...context, queuedFrom: '2026-11-30' });

    // Assess
    expect(recent.cleaning).toMatchObject({
      suspect: true,
      suspectReasons: ['captureGap'],
      review: 'queued',
    });
    expect(recent.photos[0]?.suspectReasons).toEqual(['captureGap']);
    expect(Date.parse(recent.photos[0]?.capturedAt ?? '')).toBe(at - 5 * 3600_000);
    expect(old.cleaning.review).toBe('approved');
  });
});
