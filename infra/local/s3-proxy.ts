import { randomUUID } from 'node:crypto';
import { type IncomingMessage, request, type ServerResponse } from 'node:http';
import { checkPresignedGet, checkPresignedPost, deny, Refused } from './s3-presigned';

/** Where the local gateway exposes S3 to browsers: same origin as the console, so uploads need no CORS. */
export const S3_PROXY_PREFIX = '/s3';

/** Import files are at most 20 MB (transfer-objects.ts); the form fields add a few KB. */
const MAX_FORM_BYTES = 21 * 1024 * 1024;

export interface S3ProxyOptions {
  /** s3rver (or the local IAM in front of it). */
  s3Endpoint: string;
  /** ALLOWED_ORIGINS of the stack: the only non-loopback origins that get CORS. */
  allowedOrigins: readonly string[];
  /** The gateway's own port: loopback pages on it get CORS (localhost:P posting to 127.0.0.1:P is cross-origin). */
  port: () => number;
}

function corsFor(options: S3ProxyOptions, origin: string | undefined): Record<string, string> {
  if (!origin) return {};
  const port = options.port();
  const loopback = [`http://localhost:${port}`, `http://127.0.0.1:${port}`, `http://[::1]:${port}`];
  if (!options.allowedOrigins.includes(origin) && !loopback.includes(origin)) return {};
  return { 'access-control-allow-origin': origin, 'access-control-expose-headers': 'etag', vary: 'Origin' };
}

function refuse(
  outgoing: ServerResponse,
  cors: Record<string, string>,
  error: Refused,
  resource: string,
): void {
  const xml = (text: string) => text.replace(/[<>&'"]/g, (c) => `&#${c.charCodeAt(0)};`);
  const body = `<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>${error.code}</Code><Message>${xml(error.message)}</Message><Resource>${xml(resource)}</Resource><RequestId>${randomUUID()}</RequestId></Error>`;
  outgoing.writeHead(error.status, {
    ...cors,
    'content-type': 'application/xml',
    'content-length': String(Buffer.byteLength(body)),
  });
  outgoing.end(body);
}

function readBody(incoming: IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    incoming.on('data', (chunk: Buffer) => {
      size += chunk.byteLength;
      if (size <= limit) chunks.push(chunk);
    });
    incoming.on('end', () =>
      size > limit
        ? reject(new Refused(400, 'EntityTooLarge', 'The form is too large'))
        : resolve(Buffer.concat(chunks)),
    );
    incoming.on('error', reject);
  });
}

function forward(
  options: S3ProxyOptions,
  incoming: IncomingMessage,
  outgoing: ServerResponse,
  cors: Record<string, string>,
  path: string,
  body?: Buffer,
): void {
  const target = new URL(options.s3Endpoint);
  const headers = { ...incoming.headers, host: target.host };
  if (body) headers['content-length'] = String(body.byteLength);
  const upstream = request(
    { host: target.hostname, port: target.port, method: incoming.method, path, headers },
    (answer) => {
      outgoing.writeHead(answer.statusCode ?? 502, { ...answer.headers, ...cors });
      answer.pipe(outgoing);
    },
  );
  upstream.on('error', () => {
    if (!outgoing.headersSent) outgoing.writeHead(502, { 'content-type': 'text/plain; charset=utf-8' });
    outgoing.end('本地对象存储不可用');
  });
  if (body) upstream.end(body);
  else incoming.pipe(upstream);
}

/**
 * Forwards `/s3/<bucket>/<key>` to s3rver — but only what a browser holding a presigned link may do: a presigned
 * GET of one object, and a presigned POST form upload to a bucket. Listing, unsigned reads, PUT, DELETE and
 * everything else get S3's 403 XML (s3rver itself would serve anyone on the machine). Presigned URLs point here
 * locally (env S3_PUBLIC_ENDPOINT); in AWS they point at S3 itself, whose CORS the CDK stack configures.
 */
export function proxyToS3(
  options: S3ProxyOptions,
  incoming: IncomingMessage,
  outgoing: ServerResponse,
): void {
  const cors = corsFor(options, incoming.headers.origin);
  if (incoming.method === 'OPTIONS') {
    const allowed = Object.keys(cors).length > 0;
    outgoing.writeHead(allowed ? 204 : 403, {
      ...cors,
      ...(allowed ? { 'access-control-allow-methods': 'GET,POST', 'access-control-allow-headers': '*' } : {}),
    });
    outgoing.end();
    return;
  }
  const rawUrl = incoming.url ?? '/';
  const queryAt = rawUrl.indexOf('?');
  const rawPath = queryAt < 0 ? rawUrl : rawUrl.slice(0, queryAt);
  const query = new URLSearchParams(queryAt < 0 ? '' : rawUrl.slice(queryAt + 1));
  const path = rawUrl.slice(S3_PROXY_PREFIX.length) || '/';
  // /s3/<bucket> (POST uploads) or /s3/<bucket>/<key> (GET downloads)
  const [bucket = '', ...keyParts] = rawPath.slice(S3_PROXY_PREFIX.length + 1).split('/');
  const objectKey = keyParts.join('/');
  const fail = (error: unknown) => {
    if (error instanceof Refused) refuse(outgoing, cors, error, rawPath);
    else refuse(outgoing, cors, deny('Request refused'), rawPath);
  };
  try {
    if ((incoming.method === 'GET' || incoming.method === 'HEAD') && bucket && objectKey) {
      checkPresignedGet(incoming, rawPath, query);
      forward(options, incoming, outgoing, cors, path);
      return;
    }
    if (incoming.method === 'POST' && bucket && !objectKey && query.size === 0) {
      readBody(incoming, MAX_FORM_BYTES)
        .then(async (body) => {
          await checkPresignedPost(incoming, bucket, body);
          forward(options, incoming, outgoing, cors, path, body);
        })
        .catch(fail);
      return;
    }
    throw deny('Only presigned GET and POST requests are served');
  } catch (error) {
    incoming.resume();
    fail(error);
  }
}
