import { describe, expect, it } from 'vitest';
import {
  MAX_IMPORT_BYTES,
  presignUpload,
  UPLOAD_EXPIRES_SECONDS,
} from '#functions/enterprises/store/transfer-objects';

describe('the presigned POST of an import file', () => {
  it('pins the exact key, the Content-Type, a size of 1 B to 20 MB and a 10-minute expiry', async () => {
    // Prepare
    const key = 'imports/wujin/01M8NB6TF07NM7Z2RENN3W3WSS.xlsx';
    const before = Date.now();

    // Act
    const post = await presignUpload(
      key,
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );

    // Assess
    expect(post.fields).toMatchObject({
      key,
      'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    });
    const policy = JSON.parse(Buffer.from(post.fields.Policy ?? '', 'base64').toString()) as {
      expiration: string;
      conditions: unknown[];
    };
    expect(policy.conditions).toEqual(
      expect.arrayContaining([
        ['content-length-range', 1, MAX_IMPORT_BYTES],
        ['eq', '$key', key],
        { key },
        { 'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
        { bucket: 'changan-transfers' },
      ]),
    );
    expect(MAX_IMPORT_BYTES).toBe(20 * 1024 * 1024);
    const expiresIn = Date.parse(policy.expiration) - before;
    expect(expiresIn).toBeGreaterThan((UPLOAD_EXPIRES_SECONDS - 5) * 1000);
    expect(expiresIn).toBeLessThanOrEqual(UPLOAD_EXPIRES_SECONDS * 1000 + 1000);
    expect(post.fields.Policy).not.toContain('starts-with');
  });
});
