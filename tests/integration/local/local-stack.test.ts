import { request } from 'node:http';
import { GetObjectCommand, HeadObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buckets, routes } from '#functions/manifest';
import { routeKey } from '#functions/platform/manifest-types';
import { runJob } from '#infra/local/scheduler';
import type { LocalStack } from '#infra/local/stack';
import { callApi, startTestStack } from '#tests/fixtures/local-stack';

let stack: LocalStack;
let s3: S3Client;

beforeAll(async () => {
  stack = await startTestStack({ allowedOrigins: 'https://console.example.cn' });
  s3 = new S3Client({
    endpoint: stack.endpoints.s3,
    forcePathStyle: true,
    requestChecksumCalculation: 'WHEN_REQUIRED',
  });
});
afterAll(async () => {
  s3?.destroy();
  await stack?.stop();
});

/** A GET with a body, which fetch() refuses to send. */
function getWithBody(path: string, body: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const headers = { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(body)) };
    const outgoing = request(`${stack.url}${path}`, { method: 'GET', headers });
    outgoing.on('response', (response) => {
      let text = '';
      response.on('data', (chunk: Buffer) => (text += chunk.toString()));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body: text }));
    });
    outgoing.on('error', reject);
    outgoing.end(body);
  });
}

describe('the local stack', () => {
  it('serves the health check through the gateway with a request id and security headers', async () => {
    // Act
    const { status, headers, body } = await callApi(stack, '/api/health');

    // Assess
    expect(status).toBe(200);
    expect(body).toEqual({ status: 'ok', version: expect.any(String) });
    expect(headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    expect(headers.get('strict-transport-security')).toContain('max-age=');
  });

  it('documents every manifest route in /api/openapi.json', async () => {
    // Act
    const { status, body } = await callApi(stack, '/api/openapi.json');

    // Assess
    expect(status).toBe(200);
    const paths = (body as { paths: Record<string, Record<string, unknown>> }).paths;
    for (const route of routes)
      expect(paths[route.path]?.[route.method.toLowerCase()], routeKey(route)).toBeDefined();
  });

  it('mounts exactly the manifest routes: anything else is API Gateway’s 404', async () => {
    // Act
    const unknown = await callApi(stack, '/api/no-such-route');
    const wrongMethod = await callApi(stack, '/api/health', { method: 'DELETE' });

    // Assess
    expect(stack.bindings.routes.map((route) => route.key).sort()).toEqual(routes.map(routeKey).sort());
    expect(unknown).toMatchObject({ status: 404, body: { message: 'Not Found' } });
    expect(wrongMethod.status).toBe(404);
  });

  it('refuses a JSON body past 256 KB with 413 and a Chinese message', async () => {
    // Act
    const { status, body } = await getWithBody(
      '/api/health',
      JSON.stringify({ pad: 'x'.repeat(300 * 1024) }),
    );

    // Assess
    expect(status, body).toBe(413);
    expect(JSON.parse(body)).toMatchObject({
      error: { code: 'PAYLOAD_TOO_LARGE', message: expect.stringMatching(/KB/) },
    });
  });

  it('answers CORS preflight for a known origin only', async () => {
    // Act
    const known = await callApi(stack, '/api/health', {
      method: 'OPTIONS',
      headers: { origin: 'https://console.example.cn', 'access-control-request-method': 'GET' },
    });
    const stranger = await callApi(stack, '/api/health', {
      method: 'OPTIONS',
      headers: { origin: 'https://evil.example.com', 'access-control-request-method': 'GET' },
    });
    const simple = await callApi(stack, '/api/health', { headers: { origin: 'https://console.example.cn' } });

    // Assess
    expect(known.status).toBe(204);
    expect(known.headers.get('access-control-allow-origin')).toBe('https://console.example.cn');
    expect(stranger.headers.get('access-control-allow-origin')).toBeNull();
    expect(simple.headers.get('access-control-allow-origin')).toBe('https://console.example.cn');
  });

  it('runs a job once per period however often it is triggered', async () => {
    // Prepare
    const heartbeat = stack.bindings.jobs.find((job) => job.name === 'heartbeat');
    if (!heartbeat) throw new Error('heartbeat job missing from the manifest');

    // Act
    const first = await runJob(heartbeat, new Date('2026-11-30T10:01:00+08:00'));
    const second = await runJob(heartbeat, new Date('2026-11-30T10:09:00+08:00'));
    const next = await runJob(heartbeat, new Date('2026-11-30T10:10:00+08:00'));

    // Assess
    expect(first).toEqual({ items: 1 });
    expect(second).toEqual({ items: 0, skipped: true });
    expect(next).toEqual({ items: 1 });
    const { latestJobRuns } = await import('#functions/platform/jobs/job-runs');
    const runs = await latestJobRuns('heartbeat');
    expect(runs.map((run) => [run.periodKey, run.status])).toEqual([
      ['2026-11-30T02:10', 'DONE'],
      ['2026-11-30T02:00', 'DONE'],
    ]);
  });

  it('delivers S3 ObjectCreated events to the upload check, which deletes objects no pending photo expects', async () => {
    // Prepare: a real JPEG and a fake one at keys no upload was granted for (a granted upload that passes is
    // kept: tests/integration/photos/uploads.test.ts)
    const Bucket = buckets.photos.localName;
    const jpeg = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46, 0, 1, 2, 3]);

    // Act
    await s3.send(
      new PutObjectCommand({
        Bucket,
        Key: 'dust/d1/e1/real photo.jpg',
        Body: jpeg,
        ContentType: 'image/jpeg',
      }),
    );
    await s3.send(
      new PutObjectCommand({
        Bucket,
        Key: 'dust/d1/e1/fake.jpg',
        Body: 'not a photo',
        ContentType: 'image/jpeg',
      }),
    );
    await stack.whenIdle();

    // Assess
    await expect(
      s3.send(new HeadObjectCommand({ Bucket, Key: 'dust/d1/e1/real photo.jpg' })),
    ).rejects.toMatchObject({ name: 'NotFound' });
    await expect(
      s3.send(new HeadObjectCommand({ Bucket, Key: 'dust/d1/e1/fake.jpg' })),
    ).rejects.toMatchObject({
      name: 'NotFound',
    });
  });

  it('lets a browser page reach S3 through the gateway’s /s3/ path with presigned requests only, CORS for its own origin', async () => {
    // Prepare: the transfers bucket, whose workers leave an object they do not expect where it is (the photos
    // bucket's upload check deletes it)
    const Bucket = buckets.transfers.localName;
    await s3.send(new PutObjectCommand({ Bucket, Key: 'proxy/hello.txt', Body: '你好' }));
    const { getSignedUrl } = await import('@aws-sdk/s3-request-presigner');
    const signer = new S3Client({
      endpoint: process.env.S3_PUBLIC_ENDPOINT,
      forcePathStyle: true,
      requestChecksumCalculation: 'WHEN_REQUIRED',
    });
    const signed = await getSignedUrl(signer, new GetObjectCommand({ Bucket, Key: 'proxy/hello.txt' }), {
      expiresIn: 60,
    });
    signer.destroy();

    // Act
    const fromConsole = await fetch(signed, { headers: { origin: stack.url } });
    const fromElsewhere = await fetch(signed, { headers: { origin: 'https://evil.example.com' } });
    const unsigned = await fetch(`${stack.url}/s3/${Bucket}/proxy/hello.txt`, {
      headers: { origin: stack.url },
    });

    // Assess
    expect(fromConsole.status).toBe(200);
    expect(await fromConsole.text()).toBe('你好');
    expect(fromConsole.headers.get('access-control-allow-origin')).toBe(stack.url);
    expect(fromElsewhere.headers.get('access-control-allow-origin')).toBeNull();
    expect(unsigned.status).toBe(403);
    expect(process.env.S3_PUBLIC_ENDPOINT).toBe(`${stack.url}/s3`);
  });
});
