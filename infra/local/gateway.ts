import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { corsHeaders, corsPreflightHeaders } from '#functions/platform/http/cors';
import { fromApiResult, type HttpAnswer, toApiEvent } from './api-event';
import type { LocalRoute } from './bindings';
import { InvocationTimeout, invoke } from './handlers';
import { proxyToS3, S3_PROXY_PREFIX } from './s3-proxy';
import { serveStatic } from './static-files';

/** API Gateway HTTP API limit: 10 MB payloads (its 30 s timeout is in each route's `timeoutMs`). */
const MAX_PAYLOAD_BYTES = 10 * 1024 * 1024;

export interface GatewayOptions {
  port: number;
  routes: readonly LocalRoute[];
  distDir: string;
  allowedOrigins: readonly string[];
  /** s3rver, reached by browsers through `/s3/` on this gateway. */
  s3Endpoint: string;
  onRequest?: (line: string) => void;
}

function readBody(request: IncomingMessage): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.byteLength;
      if (size <= MAX_PAYLOAD_BYTES) chunks.push(chunk);
    });
    request.on('end', () => resolve(size > MAX_PAYLOAD_BYTES ? null : Buffer.concat(chunks)));
    request.on('error', reject);
  });
}

function send(response: ServerResponse, answer: HttpAnswer): void {
  response.writeHead(answer.status, { ...answer.headers, 'content-length': String(answer.body.byteLength) });
  response.end(answer.body);
}

const json = (status: number, body: unknown): HttpAnswer => ({
  status,
  headers: { 'content-type': 'application/json' },
  body: Buffer.from(JSON.stringify(body)),
});

function match(routes: readonly LocalRoute[], method: string, path: string) {
  for (const route of routes) {
    if (route.method !== method) continue;
    const found = route.pattern.exec(path);
    if (found) return { route, values: found.slice(1) };
  }
  return undefined;
}

async function answerApi(options: GatewayOptions, request: IncomingMessage, url: URL): Promise<HttpAnswer> {
  const origin = request.headers.origin;
  if (request.method === 'OPTIONS') {
    const allowed = origin !== undefined && options.allowedOrigins.includes(origin);
    const headers = allowed
      ? { ...corsHeaders(origin, options.allowedOrigins), ...corsPreflightHeaders }
      : {};
    return { status: 204, headers, body: Buffer.alloc(0) };
  }
  const found = match(options.routes, request.method ?? 'GET', url.pathname);
  if (!found) return json(404, { message: 'Not Found' });
  const body = await readBody(request);
  if (body === null) return json(413, { message: 'Request Entity Too Large' });
  const event = toApiEvent(request, url, found.route, found.values, body);
  try {
    return fromApiResult(await invoke(found.route.module, event, found.route.timeoutMs));
  } catch (error) {
    if (error instanceof InvocationTimeout) return json(503, { message: 'Service Unavailable' });
    console.error(`[gateway] ${found.route.key} crashed:`, error);
    return json(500, { message: 'Internal Server Error' });
  }
}

/** The local API Gateway: manifest routes under /api, the console at /, the phone pages at /m/. */
export async function startGateway(options: GatewayOptions): Promise<{ server: Server; port: number }> {
  const s3Proxy = {
    s3Endpoint: options.s3Endpoint,
    allowedOrigins: options.allowedOrigins,
    port: () => (server.address() as AddressInfo | null)?.port ?? options.port,
  };
  const server = createServer((request, response) => {
    const started = performance.now();
    const url = new URL(request.url ?? '/', 'http://localhost');
    if (url.pathname.startsWith(`${S3_PROXY_PREFIX}/`)) {
      proxyToS3(s3Proxy, request, response);
      return;
    }
    if (url.pathname !== '/api' && !url.pathname.startsWith('/api/')) {
      serveStatic(options.distDir, url.pathname, response);
      return;
    }
    answerApi(options, request, url)
      .then((answer) => {
        send(response, answer);
        options.onRequest?.(
          `${request.method} ${url.pathname} ${answer.status} ${Math.round(performance.now() - started)}ms`,
        );
      })
      .catch((error: unknown) => {
        console.error('[gateway] failed to answer', error);
        send(response, json(500, { message: 'Internal Server Error' }));
      });
  });
  await new Promise<void>((resolve, reject) =>
    server.listen(options.port, '127.0.0.1', () => resolve()).once('error', reject),
  );
  return { server, port: (server.address() as AddressInfo).port };
}
