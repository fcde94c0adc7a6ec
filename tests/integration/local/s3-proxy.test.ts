import { GetObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buckets } from '#functions/manifest';
import type { LocalStack } from '#infra/local/stack';
import { signedIn } from '#tests/fixtures/auth';
import { csvText, makeSheetRow, postForm } from '#tests/fixtures/enterprise-sheets';
import { callApi, startTestStack } from '#tests/fixtures/local-stack';

let stack: LocalStack;
let s3: S3Client;
let city: Record<string, string>;
const Bucket = buckets.transfers.localName;
const allowedOrigin = 'https://console.example.cn';

beforeAll(async () => {
  stack = await startTestStack({ allowedOrigins: allowedOrigin });
  s3 = new S3Client({
    endpoint: stack.endpoints.s3,
    forcePathStyle: true,
    requestChecksumCalculation: 'WHEN_REQUIRED',
  });
  await s3.send(new PutObjectCommand({ Bucket, Key: 'exports/secret.xlsx', Body: '13812341234' }));
  city = (await signedIn(stack, { role: 'cityAdmin' })).headers;
});
afterAll(async () => {
  s3?.destroy();
  await stack?.stop();
});

/** An export through the real API, and its presigned download link. */
async function exportLink(): Promise<string> {
  const started = await callApi(stack, '/api/enterprise-exports', {
    method: 'POST',
    headers: city,
    body: JSON.stringify({ filter: {} }),
  });
  expect(started.status).toBe(201);
  await stack.whenIdle();
  const id = (started.body as { id: string }).id;
  const task = await callApi(stack, `/api/enterprise-exports/${id}`, { headers: city });
  const url = (task.body as { downloadUrl?: string }).downloadUrl;
  expect(url).toContain('/s3/');
  return url as string;
}

/** An import through the real API, and its presigned POST form. */
async function importForm(bytes: Uint8Array) {
  const started = await callApi(stack, '/api/enterprise-imports', {
    method: 'POST',
    headers: city,
    body: JSON.stringify({ fileName: 'a.csv', format: 'csv', size: bytes.length }),
  });
  expect(started.status).toBe(201);
  return (started.body as { upload: { url: string; fields: Record<string, string> } }).upload;
}

async function expectRefused(response: Response) {
  expect(response.status).toBe(403);
  expect(response.headers.get('content-type')).toContain('xml');
  expect(await response.text()).toMatch(/<Error><Code>(AccessDenied|SignatureDoesNotMatch)<\/Code>/);
}

describe('the local /s3/ proxy', () => {
  it('refuses unsigned reads, listings, PUT, DELETE and HEAD with S3’s 403 XML', async () => {
    // Act
    const base = `${stack.url}/s3/${Bucket}`;
    const answers = await Promise.all([
      fetch(`${base}/exports/secret.xlsx`),
      fetch(`${base}`),
      fetch(`${base}/`),
      fetch(`${base}?list-type=2`),
      fetch(`${stack.url}/s3/`),
      fetch(`${base}/exports/evil.txt`, { method: 'PUT', body: 'x' }),
      fetch(`${base}/exports/secret.xlsx`, { method: 'DELETE' }),
    ]);
    const head = await fetch(`${base}/exports/secret.xlsx`, { method: 'HEAD' });

    // Assess
    for (const answer of answers) await expectRefused(answer);
    expect(head.status).toBe(403);
    const still = await s3.send(new PutObjectCommand({ Bucket, Key: 'probe.txt', Body: 'ok' }));
    expect(still.ETag).toBeDefined();
  });

  it('serves a valid presigned GET from the export API, with CORS only for the stack’s own origins', async () => {
    // Prepare
    const url = await exportLink();

    // Act
    const download = await fetch(url, { headers: { origin: allowedOrigin } });
    const fromLoopback = await fetch(url, {
      headers: { origin: `http://localhost:${new URL(stack.url).port}` },
    });
    const fromOtherPort = await fetch(url, { headers: { origin: 'http://localhost:1' } });

    // Assess
    expect(download.status).toBe(200);
    expect((await download.arrayBuffer()).byteLength).toBeGreaterThan(0);
    expect(download.headers.get('access-control-allow-origin')).toBe(allowedOrigin);
    expect(fromLoopback.headers.get('access-control-allow-origin')).toBe(
      `http://localhost:${new URL(stack.url).port}`,
    );
    expect(fromOtherPort.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('refuses a presigned GET with a tampered key, query or signature', async () => {
    // Prepare
    const url = new URL(await exportLink());
    const otherKey = new URL(url);
    otherKey.pathname = `/s3/${Bucket}/exports/secret.xlsx`;
    const otherQuery = new URL(url);
    otherQuery.searchParams.set('response-content-disposition', 'inline');
    const badSignature = new URL(url);
    badSignature.searchParams.set('X-Amz-Signature', '0'.repeat(64));

    // Act / Assess
    await expectRefused(await fetch(otherKey));
    await expectRefused(await fetch(otherQuery));
    await expectRefused(await fetch(badSignature));
  });

  it('refuses an expired presigned GET, even when correctly signed', async () => {
    // Prepare: links signed like the API signs them, one two hours ago for an hour, one now
    const signer = new S3Client({
      endpoint: `${stack.url}/s3`,
      forcePathStyle: true,
      region: 'us-east-1',
      credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
    });
    const command = new GetObjectCommand({ Bucket, Key: 'exports/secret.xlsx' });
    const expired = await getSignedUrl(signer, command, {
      expiresIn: 3600,
      signingDate: new Date(Date.now() - 2 * 3600 * 1000),
    });
    const fresh = await getSignedUrl(signer, command, { expiresIn: 60 });
    signer.destroy();

    // Act
    const late = await fetch(expired);
    const inTime = await fetch(fresh);

    // Assess
    expect(late.status).toBe(403);
    expect(await late.text()).toContain('expired');
    expect(inTime.status).toBe(200);
    expect(await inTime.text()).toBe('13812341234');
  });

  it('accepts a valid presigned POST upload from the import API', async () => {
    // Prepare
    const bytes = new TextEncoder().encode(
      csvText([makeSheetRow({ district: '武进区', town: '', grid: '' })]),
    );
    const upload = await importForm(bytes);

    // Act / Assess
    await expect(postForm(upload, bytes)).resolves.toBeUndefined();
    await stack.whenIdle();
  });

  it('refuses a presigned POST whose key, policy or signature was changed, or that has none', async () => {
    // Prepare
    const bytes = new TextEncoder().encode('a,b\r\n');
    const upload = await importForm(bytes);
    const otherKey = { ...upload, fields: { ...upload.fields, key: 'exports/secret.xlsx' } };
    const policy = JSON.parse(Buffer.from(upload.fields.Policy ?? '', 'base64').toString());
    policy.expiration = new Date(Date.now() - 60_000).toISOString();
    const forgedPolicy = {
      ...upload,
      fields: { ...upload.fields, Policy: Buffer.from(JSON.stringify(policy)).toString('base64') },
    };
    const badSignature = { ...upload, fields: { ...upload.fields, 'X-Amz-Signature': '0'.repeat(64) } };
    const unsigned = { url: upload.url, fields: { key: 'exports/evil.csv' } };

    // Act / Assess
    for (const form of [otherKey, forgedPolicy, badSignature, unsigned])
      await expect(postForm(form, bytes)).rejects.toThrow(/upload failed: 403/);
  });
});
