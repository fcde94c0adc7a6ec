import { describe, expect, it } from 'vitest';
import { photoIdOfKey, photoKeyOf } from '#functions/photos/domain/photo-key';

const ID = '01KBE5R0Q4T7W8X9Y0Z1A2B3C4';

describe('photo keys', () => {
  it('are <kind>/<districtId>/<enterpriseId>/<day>/<ulid>.<ext> with the extension of the type', () => {
    // Act
    const keys = (['image/jpeg', 'image/png', 'image/webp'] as const).map((contentType) =>
      photoKeyOf({
        kind: 'rectification',
        districtId: 'wujin',
        enterpriseId: 'E1',
        day: '2026-12-02',
        photoId: ID,
        contentType,
      }),
    );

    // Assess
    expect(keys).toEqual([
      `rectification/wujin/E1/2026-12-02/${ID}.jpg`,
      `rectification/wujin/E1/2026-12-02/${ID}.png`,
      `rectification/wujin/E1/2026-12-02/${ID}.webp`,
    ]);
  });

  it('name their photo by the file name’s ULID, and keys of any other shape name none', () => {
    // Assess
    expect(photoIdOfKey(`scan/wujin/E1/2026-12-02/${ID}.jpg`)).toBe(ID);
    expect(photoIdOfKey(`scan/wujin/E1/${ID}.jpg`)).toBeNull();
    expect(photoIdOfKey(`scan/wujin/E1/2026-12-02/x/${ID}.jpg`)).toBeNull();
    expect(photoIdOfKey(`scan/wujin/E1/2026-12-02/${ID}.jpg.exe`)).toBeNull();
    expect(photoIdOfKey(`scan/wujin/E1/2026-12-02/${ID.toLowerCase()}.jpg`)).toBeNull();
    expect(photoIdOfKey('scan/wujin/E1/2026-12-02/photo.jpg')).toBeNull();
    expect(photoIdOfKey(`scan/wujin/E1/2026-12-02/${ID}`)).toBeNull();
  });
});
