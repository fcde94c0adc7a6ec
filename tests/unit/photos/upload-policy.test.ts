import { describe, expect, it } from 'vitest';
import { presignPhotoUpload } from '#functions/photos/store/objects';

const decode = (policy: string | undefined) =>
  JSON.parse(Buffer.from(policy ?? '', 'base64').toString('utf8')) as {
    expiration: string;
    conditions: unknown[];
  };

describe('the presigned POST of a photo', () => {
  it('pins the exact key, the declared type, 1 B to 10 MB, the uploader and a 5-minute expiry', () => {
    // Prepare
    const key = 'scan/wujin/01KBE0000000000000000000EN/2026-12-02/01KBE5R0Q4T7W8X9Y0Z1A2B3C4.jpg';
    const before = Date.now();

    // Act
    const post = presignPhotoUpload(key, 'image/jpeg', 'user-1');

    // Assess
    const policy = decode(post.fields.Policy);
    const credential = post.fields['X-Amz-Credential'] ?? '';
    expect(policy.conditions).toEqual([
      ['content-length-range', 1, 10485760],
      ['eq', '$key', key],
      ['eq', '$Content-Type', 'image/jpeg'],
      { 'Content-Type': 'image/jpeg' },
      { 'x-amz-meta-uploader': 'user-1' },
      { bucket: 'changan-photos' },
      { 'X-Amz-Algorithm': 'AWS4-HMAC-SHA256' },
      { 'X-Amz-Credential': credential },
      { 'X-Amz-Date': post.fields['X-Amz-Date'] },
      { key },
    ]);
    const expiresIn = Date.parse(policy.expiration) - before;
    expect(expiresIn).toBeGreaterThan(299_000);
    expect(expiresIn).toBeLessThanOrEqual(301_000);
    expect(post.fields).toMatchObject({ key, 'Content-Type': 'image/jpeg', 'x-amz-meta-uploader': 'user-1' });
    expect(JSON.stringify(policy)).not.toContain('starts-with');
  });

  it('pins a PNG or WebP upload to its own type', () => {
    // Act
    const png = decode(
      presignPhotoUpload('hazard/a/b/2026-12-02/01KBE5R0Q4T7W8X9Y0Z1A2B3C4.png', 'image/png', 'u').fields
        .Policy,
    );
    const webp = decode(
      presignPhotoUpload('dust/a/b/2026-12-02/01KBE5R0Q4T7W8X9Y0Z1A2B3C4.webp', 'image/webp', 'u').fields
        .Policy,
    );

    // Assess
    expect(png.conditions).toContainEqual(['eq', '$Content-Type', 'image/png']);
    expect(png.conditions).toContainEqual({ 'Content-Type': 'image/png' });
    expect(webp.conditions).toContainEqual(['eq', '$Content-Type', 'image/webp']);
  });
});
