import { createReadStream, existsSync, statSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { consoleCsp } from '#infra/console-csp';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json',
};

/** What CloudFront's response headers policy sends (infra/constructs/console-hosting.ts), same CSP string. */
const SECURITY_HEADERS = {
  'content-security-policy': consoleCsp(),
  'x-frame-options': 'DENY',
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'strict-origin-when-cross-origin',
};

function fileIn(root: string, urlPath: string): string | undefined {
  const candidate = normalize(join(root, decodeURIComponent(urlPath)));
  if (candidate !== root && !candidate.startsWith(root + sep)) return undefined; // no escaping the folder
  return existsSync(candidate) && statSync(candidate).isFile() ? candidate : undefined;
}

/**
 * Serves the built console at `/`, the phone pages at `/m/` and the public pages at `/public/`, each falling back to its own index.html so
 * that client-side routes survive a reload. Hashed assets are cached for a year, pages never.
 */
export function serveStatic(distDir: string, urlPath: string, response: ServerResponse): void {
  const app =
    urlPath === '/m' || urlPath.startsWith('/m/')
      ? 'm/index.html'
      : urlPath === '/public' || urlPath.startsWith('/public/')
        ? 'public/index.html'
        : 'index.html';
  let file: string | undefined;
  try {
    // Client-side routes have no extension; a missing asset (`.js`, `.css`) is a real 404, not the page.
    file = fileIn(distDir, urlPath) ?? (extname(urlPath) === '' ? fileIn(distDir, app) : undefined);
  } catch {
    file = undefined; // malformed percent-encoding
  }
  if (!file) {
    response.writeHead(404, { ...SECURITY_HEADERS, 'content-type': 'text/plain; charset=utf-8' });
    const built = existsSync(join(distDir, 'index.html'));
    response.end(built ? '文件不存在' : '控制台尚未构建：请运行 npm run build:admin 或重新执行 npm start');
    return;
  }
  const immutable = urlPath.startsWith('/assets/') || urlPath.startsWith('/m/assets/');
  response.writeHead(200, {
    ...SECURITY_HEADERS,
    'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
    'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
  });
  createReadStream(file).pipe(response);
}
