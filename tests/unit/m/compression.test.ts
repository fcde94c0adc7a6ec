import { describe, expect, it } from 'vitest';
import { compressionPlan, smallerUpload, uploadRefusal } from '../../../admin/src/m/photos/compression';

const MB = 1024 * 1024;

describe('what the phone does with a photo before upload', () => {
  it('scales a 4000×3000 camera photo to 1600×1200 JPEG at quality 0.8', () => {
    // Act
    const plan = compressionPlan({ width: 4000, height: 3000, type: 'image/jpeg', size: 4 * MB });

    // Assess
    expect(plan).toEqual({ action: 'reencode', width: 1600, height: 1200, quality: 0.8 });
  });

  it('scales a portrait photo by its longest side', () => {
    // Act
    const plan = compressionPlan({ width: 3024, height: 4032, type: 'image/jpeg', size: 3 * MB });

    // Assess
    expect(plan).toEqual({ action: 'reencode', width: 1200, height: 1600, quality: 0.8 });
  });

  it('sends a small JPEG within 1600 px as it is (EXIF and all)', () => {
    // Act / Assess
    expect(compressionPlan({ width: 1600, height: 900, type: 'image/jpeg', size: 500_000 })).toEqual({
      action: 'keep',
    });
    expect(compressionPlan({ width: 1280, height: 720, type: 'image/jpeg', size: 800_000 })).toEqual({
      action: 'keep',
    });
  });

  it('re-encodes a large-in-bytes JPEG within 1600 px, and any PNG, at its own size', () => {
    // Act / Assess
    expect(compressionPlan({ width: 1600, height: 1200, type: 'image/jpeg', size: 800_001 })).toEqual({
      action: 'reencode',
      width: 1600,
      height: 1200,
      quality: 0.8,
    });
    expect(compressionPlan({ width: 800, height: 600, type: 'image/png', size: 100_000 })).toEqual({
      action: 'reencode',
      width: 800,
      height: 600,
      quality: 0.8,
    });
  });

  it('keeps the original when re-encoding made it bigger and the original may go up as it is', () => {
    // Prepare
    const png = { width: 800, height: 600, type: 'image/png', size: 90_000 };
    const bigPng = { width: 2000, height: 1500, type: 'image/png', size: 90_000 };
    const heic = { width: 800, height: 600, type: 'image/heic', size: 90_000 };

    // Act / Assess
    expect(smallerUpload(png, 120_000)).toBe('original');
    expect(smallerUpload(png, 60_000)).toBe('encoded');
    expect(smallerUpload(bigPng, 120_000)).toBe('encoded'); // over 1600 px: never as it is
    expect(smallerUpload(heic, 120_000)).toBe('encoded'); // not a type the upload policy admits
  });

  it('refuses what the upload policy would refuse, in Chinese', () => {
    // Act / Assess
    expect(uploadRefusal('image/jpeg', 10 * MB)).toBeUndefined();
    expect(uploadRefusal('image/jpeg', 10 * MB + 1)).toBe('照片超过 10 MB，无法上传，请重新拍摄');
    expect(uploadRefusal('image/gif', 1000)).toBe('照片格式不支持，请使用相机拍照（JPEG/PNG/WebP）');
  });
});
