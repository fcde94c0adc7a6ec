import { describe, expect, it } from 'vitest';
import { captureInstant, suspectReason } from '#functions/photos/domain/capture';
import { captureTimeOf } from '#functions/photos/domain/exif';
import { jpegPhoto, pngPhoto } from '#tests/fixtures/photos/images';

describe('the capture time of a photo', () => {
  it('reads EXIF DateTimeOriginal as Beijing time, from a JPEG’s and a PNG’s first bytes', async () => {
    // Act
    const fromJpeg = await captureTimeOf(jpegPhoto({ takenAt: '2026:12:02 09:30:00' }));
    const fromPng = await captureTimeOf(pngPhoto({ takenAt: '2026:12:02 00:15:00' }));

    // Assess: 09:30 in 常州 is 01:30 UTC; 00:15 is 16:15 UTC the day before
    expect(fromJpeg).toBe('2026-12-02T01:30:00.000Z');
    expect(fromPng).toBe('2026-12-01T16:15:00.000Z');
    expect(process.env.TZ === 'Asia/Shanghai').toBe(false);
  });

  it('is absent from an image without EXIF and from values that are no real date and time', async () => {
    // Assess
    expect(await captureTimeOf(jpegPhoto())).toBeUndefined();
    expect(await captureTimeOf(pngPhoto())).toBeUndefined();
    expect(await captureTimeOf(Buffer.from('not an image'))).toBeUndefined();
    for (const value of [
      '2026:02:30 10:00:00',
      '2026:12:02 24:00:00',
      '0000:00:00 00:00:00',
      '',
      20261202,
      null,
    ])
      expect(captureInstant(value)).toBeUndefined();
  });
});

describe('a suspect photo', () => {
  const uploadedAt = '2026-12-02T02:00:00.000Z';

  it('is one taken more than 2 hours before or after its upload, or whose content was uploaded before', () => {
    // Assess
    expect(
      suspectReason({ capturedAt: '2026-12-02T00:00:00.000Z', uploadedAt, duplicate: false }),
    ).toBeUndefined();
    expect(suspectReason({ capturedAt: '2026-12-01T23:59:59.000Z', uploadedAt, duplicate: false })).toBe(
      '拍摄时间与上传时间相差超过 2 小时',
    );
    expect(suspectReason({ capturedAt: '2026-12-02T04:00:01.000Z', uploadedAt, duplicate: false })).toBe(
      '拍摄时间与上传时间相差超过 2 小时',
    );
    expect(suspectReason({ capturedAt: undefined, uploadedAt, duplicate: true })).toBe(
      '与此前上传的照片内容相同',
    );
    expect(suspectReason({ capturedAt: '2026-12-01T20:00:00.000Z', uploadedAt, duplicate: true })).toBe(
      '拍摄时间与上传时间相差超过 2 小时；与此前上传的照片内容相同',
    );
    expect(suspectReason({ capturedAt: undefined, uploadedAt, duplicate: false })).toBeUndefined();
  });
});
