import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { consoleCsp } from '#infra/console-csp';
import { serveStatic } from '#infra/local/static-files';

let server: Server;
let base: string;
let dist: string;

beforeAll(async () => {
  // Prepare: a built console with a phone app beside it
  dist = mkdtempSync(join(tmpdir(), 'changan-dist-'));
  mkdirSync(join(dist, 'assets'));
  mkdirSync(join(dist, 'm'));
  writeFileSync(join(dist, 'index.html'), '<title>console</title>');
  writeFileSync(join(dist, 'm', 'index.html'), '<title>phone</title>');
  writeFileSync(join(dist, 'assets', 'app-1a2b.js'), 'console.log(1)');
  server = createServer((request, response) =>
    serveStatic(dist, new URL(request.url ?? '/', 'http://x').pathname, response),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  rmSync(dist, { recursive: true, force: true });
});

describe('the local static file server', () => {
  it('serves the console for client-side routes and the phone page under /m/', async () => {
    // Act
    const consoleRoute = await fetch(`${base}/enterprises/123`);
    const phoneRoute = await fetch(`${base}/m/scan/abc`);

    // Assess
    expect(await consoleRoute.text()).toBe('<title>console</title>');
    expect(consoleRoute.headers.get('cache-control')).toBe('no-cache');
    expect(await phoneRoute.text()).toBe('<title>phone</title>');
  });

  it('caches hashed assets for a year and answers a missing asset with 404', async () => {
    // Act
    const asset = await fetch(`${base}/assets/app-1a2b.js`);
    const missing = await fetch(`${base}/assets/gone-9z.js`);

    // Assess
    expect(asset.status).toBe(200);
    expect(asset.headers.get('content-type')).toContain('text/javascript');
    expect(asset.headers.get('cache-control')).toContain('immutable');
    expect(missing.status).toBe(404);
  });

  it('never serves a file outside the folder', async () => {
    // Act
    const escaped = await fetch(`${base}/..%2F..%2Fetc%2Fpasswd`);

    // Assess
    expect(escaped.status).toBe(404);
    expect(await escaped.text()).not.toContain('root:');
  });

  it('sends the console’s Content-Security-Policy and frame protection with the console and phone pages', async () => {
    // Act
    const pages = await Promise.all([
      fetch(`${base}/`),
      fetch(`${base}/enterprises/1`),
      fetch(`${base}/m/scan/a`),
    ]);

    // Assess
    for (const page of pages) {
      expect(page.headers.get('content-security-policy')).toBe(consoleCsp());
      expect(page.headers.get('x-frame-options')).toBe('DENY');
      expect(page.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
      expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    }
    expect(consoleCsp()).toContain("frame-ancestors 'none'");
    expect(consoleCsp()).toContain("script-src 'self';");
  });
});
