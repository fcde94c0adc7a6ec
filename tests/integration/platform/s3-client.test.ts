import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  as,
  failure,
  photosBucket,
  stack,
  startIamStack,
  stopIamStack,
  transfersBucket,
} from '#tests/integration/local/iam-support';

// The functions' own S3 client (functions/platform/s3.ts), against s3rver behind local IAM and the gateway's /s3/.
let s3: typeof import('#functions/platform/s3');
beforeAll(async () => {
  await startIamStack();
  s3 = await import('#functions/platform/s3');
});
afterAll(stopIamStack);

const text = (bytes: Uint8Array) => Buffer.from(bytes).toString('utf8');

describe('the functions’ S3 client', () => {
  it('puts, heads, reads (whole and a range) and deletes an object with a Chinese key', async () => {
    // Prepare
    const key = 'imports/wujin/企业 名单(1).csv';

    // Act
    await as('transfers', () => s3.putObject(transfersBucket, key, '名称,代码\n', 'text/csv'));
    const head = await as('transfers', () => s3.headObject(transfersBucket, key));
    const whole = await as('enterprise-import', () => s3.getObject(transfersBucket, key));
    const start = await as('enterprise-import', () => s3.getObject(transfersBucket, key, 'bytes=0-5'));
    await as('enterprise-import', () => s3.deleteObject(transfersBucket, key));
    const gone = await as('transfers', () => s3.headObject(transfersBucket, key));

    // Assess
    expect(head).toEqual({ size: Buffer.byteLength('名称,代码\n'), contentType: 'text/csv' });
    expect(text(whole)).toBe('名称,代码\n');
    expect(text(start)).toBe('名称');
    expect(gone).toBeNull();
  });

  it('answers S3’s error code and status, as local IAM and s3rver give them', async () => {
    // Act
    const missing = await failure(as('transfers', () => s3.getObject(transfersBucket, 'nothing/here.xlsx')));
    const denied = await failure(
      as('transfers', () => s3.putObject(photosBucket, 'x.jpg', 'x', 'image/jpeg')),
    );

    // Assess
    expect(missing).toMatchObject({ name: 'NoSuchKey', status: 404 });
    expect(denied).toMatchObject({ name: 'AccessDenied', status: 403 });
    expect(denied.message).toContain('s3:PutObject');
  });

  // s3rver has no AbortMultipartUpload (it answers MethodNotAllowed): the abort is left to AWS and the bucket's
  // lifecycle rule for incomplete uploads.
  it('writes an object in parts with a multipart upload', async () => {
    // Prepare
    const first = new Uint8Array(5 * 1024 * 1024).fill(65);
    const key = 'exports/city/multipart.xlsx';

    // Act
    const written = await as('enterprise-export', async () => {
      const uploadId = await s3.createMultipartUpload(transfersBucket, key, 'application/octet-stream');
      const parts = [
        { partNumber: 1, eTag: await s3.uploadPart(transfersBucket, key, uploadId, 1, first) },
        { partNumber: 2, eTag: await s3.uploadPart(transfersBucket, key, uploadId, 2, Buffer.from('END')) },
      ];
      await s3.completeMultipartUpload(transfersBucket, key, uploadId, parts);
      return s3.getObject(transfersBucket, key);
    });
    // Assess
    expect(written.byteLength).toBe(first.byteLength + 3);
    expect(text(written.subarray(-3))).toBe('END');
  });

  it('signs a download link the gateway’s /s3/ accepts, and that stops working when altered', async () => {
    // Prepare
    await as('transfers', () =>
      s3.putObject(transfersBucket, 'exports/wujin/名录.xlsx', 'xlsx-bytes', 'application/octet-stream'),
    );
    const disposition = `attachment; filename="x.xlsx"; filename*=UTF-8''${encodeURIComponent('企业名录.xlsx')}`;

    // Act
    const url = s3.presignGet(transfersBucket, 'exports/wujin/名录.xlsx', 60, disposition);
    const download = await fetch(url);
    const altered = await fetch(url.replace('X-Amz-Expires=60', 'X-Amz-Expires=600'));

    // Assess
    expect(url.startsWith(`${stack.url}/s3/`)).toBe(true);
    expect(download.status).toBe(200);
    expect(await download.text()).toBe('xlsx-bytes');
    expect(download.headers.get('content-disposition')).toBe(disposition);
    expect(altered.status).toBe(403);
  });

  it('signs an upload form the gateway accepts within its size range and refuses beyond it', async () => {
    // Prepare
    const key = 'checks/upload.csv'; // not under imports/: the import worker would take and delete it
    const post = s3.presignPost(transfersBucket, key, {
      conditions: [['content-length-range', 1, 10]],
      fields: { 'Content-Type': 'text/csv' },
      expiresIn: 60,
    });
    const form = (content: string) => {
      const body = new FormData();
      for (const [name, value] of Object.entries(post.fields)) body.append(name, value);
      body.append('file', new Blob([content]), 'upload.csv');
      return body;
    };

    // Act
    const accepted = await fetch(post.url, { method: 'POST', body: form('a,b\n') });
    const tooBig = await fetch(post.url, { method: 'POST', body: form('x'.repeat(11)) });
    const stored = await as('transfers', () => s3.getObject(transfersBucket, key));

    // Assess
    expect(accepted.status).toBeLessThan(300);
    expect(tooBig.status).toBe(400); // S3's EntityTooLarge
    expect(await tooBig.text()).toContain('EntityTooLarge');
    expect(text(stored)).toBe('a,b\n');
  });
});
