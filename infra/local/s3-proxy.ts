import { createHash, createHmac, randomUUID, timingSafeEqual } from 'node:crypto';
import { type IncomingMessage, request, type ServerResponse } from 'node:http';

/** Where the local gateway exposes S3 to browsers: same origin as the console, so uploads need no CORS. */
export const S3_PROXY_PREFIX = '/s3';

/** The only credentials s3rver knows, and so the ones the local presigner (functions/platform/s3.ts) signs with. */
const LOCAL_ACCESS_KEY = 'S3RVER';
const LOCAL_SECRET_KEY = 'S3RVER';
/** S3's own limit for a presigned URL's lifetime. */
const MAX_EXPIRES_SECONDS = 7 * 24 * 3600;
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

class Refused extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

const deny = (message: string) => new Refused(403, 'AccessDenied', message);

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

const hmac = (key: Buffer | string, data: string) => createHmac('sha256', key).update(data, 'utf8').digest();
const sha256Hex = (data: string) => createHash('sha256').update(data, 'utf8').digest('hex');

function safeEqual(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

/** `S3RVER/20261201/us-east-1/s3/aws4_request` → the signing key, after checking it names our credentials. */
function signingKey(credential: string | null | undefined): { key: Buffer; date: string } {
  const parts = (credential ?? '').split('/');
  const [accessKey, date, region, service, terminator] = parts;
  if (parts.length !== 5 || !date || !region || service !== 's3' || terminator !== 'aws4_request')
    throw deny('Malformed credential');
  if (accessKey !== LOCAL_ACCESS_KEY) throw new Refused(403, 'InvalidAccessKeyId', 'Unknown access key');
  const key = hmac(hmac(hmac(hmac(`AWS4${LOCAL_SECRET_KEY}`, date), region), 's3'), 'aws4_request');
  return { key, date };
}

/** `20261201T203000Z` → epoch ms, or NaN. */
function amzDate(value: string | null | undefined): number {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(value ?? '');
  if (!m) return Number.NaN;
  const [year, month, day, hour, minute, second] = m.slice(1).map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  return Date.UTC(year, month - 1, day, hour, minute, second);
}

/** SigV4's URI encoding (RFC 3986 unreserved characters kept). */
const encode = (text: string) =>
  encodeURIComponent(text).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

/**
 * A presigned GET (SigV4 query signature, as `getSignedUrl` makes it): our credentials, not expired, and a
 * signature that covers this very method, path, query and host.
 */
function checkPresignedGet(incoming: IncomingMessage, rawPath: string, query: URLSearchParams): void {
  const required = [
    'X-Amz-Algorithm',
    'X-Amz-Credential',
    'X-Amz-Date',
    'X-Amz-Expires',
    'X-Amz-SignedHeaders',
    'X-Amz-Signature',
  ];
  if (required.some((name) => !query.get(name))) throw deny('Only presigned requests are served');
  if (query.get('X-Amz-Algorithm') !== 'AWS4-HMAC-SHA256') throw deny('Unsupported signature algorithm');
  const { key, date } = signingKey(query.get('X-Amz-Credential'));
  const signedAt = amzDate(query.get('X-Amz-Date'));
  const expires = Number(query.get('X-Amz-Expires'));
  if (Number.isNaN(signedAt) || !query.get('X-Amz-Date')?.startsWith(date))
    throw deny('Malformed X-Amz-Date');
  if (!Number.isInteger(expires) || expires < 1 || expires > MAX_EXPIRES_SECONDS)
    throw deny('X-Amz-Expires must be between 1 and 604800 seconds');
  if (Date.now() > signedAt + expires * 1000) throw deny('Request has expired');
  if (signedAt > Date.now() + 15 * 60 * 1000) throw deny('Request is not yet valid');

  const signedHeaders = (query.get('X-Amz-SignedHeaders') ?? '').split(';');
  if (!signedHeaders.includes('host')) throw deny('The signature must cover the host');
  const canonicalHeaders = signedHeaders
    .map((name) => {
      const value = incoming.headers[name];
      const text = Array.isArray(value) ? value.join(',') : (value ?? '');
      return `${name}:${text.trim().replace(/\s+/g, ' ')}\n`;
    })
    .join('');
  const canonicalQuery = [...query.entries()]
    .filter(([name]) => name !== 'X-Amz-Signature')
    .map(([name, value]): [string, string] => [encode(name), encode(value)])
    .sort(([a, x], [b, y]) => (a === b ? (x < y ? -1 : 1) : a < b ? -1 : 1))
    .map(([name, value]) => `${name}=${value}`)
    .join('&');
  const canonicalRequest = [
    incoming.method ?? 'GET',
    rawPath,
    canonicalQuery,
    canonicalHeaders,
    signedHeaders.join(';'),
    'UNSIGNED-PAYLOAD',
  ].join('\n');
  const scope = (query.get('X-Amz-Credential') ?? '').split('/').slice(1).join('/');
  const toSign = ['AWS4-HMAC-SHA256', query.get('X-Amz-Date'), scope, sha256Hex(canonicalRequest)].join('\n');
  const expected = hmac(key, toSign).toString('hex');
  if (!safeEqual(expected, query.get('X-Amz-Signature') ?? ''))
    throw new Refused(403, 'SignatureDoesNotMatch', 'The request signature does not match');
}

type Condition = Record<string, string> | [string, string, string | number, (string | number)?];

/**
 * A presigned POST (`createPresignedPost`): the policy is signed with our credentials, not expired, and every
 * condition holds for the form — the key, the bucket, the content length. s3rver checks none of it.
 */
async function checkPresignedPost(incoming: IncomingMessage, bucket: string, body: Buffer): Promise<void> {
  let form: FormData;
  try {
    const contentType = incoming.headers['content-type'] ?? '';
    if (!contentType.startsWith('multipart/form-data')) throw new Error('not a form');
    form = await new Response(new Uint8Array(body), { headers: { 'content-type': contentType } }).formData();
  } catch {
    throw deny('Only presigned POST form uploads are served');
  }
  const field = (name: string) => {
    for (const [key, value] of form.entries())
      if (key.toLowerCase() === name.toLowerCase() && typeof value === 'string') return value;
    return undefined;
  };
  const policyText = field('policy');
  const signature = field('x-amz-signature');
  if (!policyText || !signature || !field('x-amz-credential') || !field('x-amz-date') || !field('key'))
    throw deny('Only presigned POST form uploads are served');
  if (field('x-amz-algorithm') !== 'AWS4-HMAC-SHA256') throw deny('Unsupported signature algorithm');
  const { key } = signingKey(field('x-amz-credential'));
  if (!safeEqual(hmac(key, policyText).toString('hex'), signature))
    throw new Refused(403, 'SignatureDoesNotMatch', 'The policy signature does not match');

  let policy: { expiration?: string; conditions?: Condition[] };
  try {
    policy = JSON.parse(Buffer.from(policyText, 'base64').toString('utf8'));
  } catch {
    throw deny('Malformed policy');
  }
  const expiration = Date.parse(policy.expiration ?? '');
  if (Number.isNaN(expiration) || expiration <= Date.now())
    throw deny('Invalid according to Policy: Policy expired.');

  const file = form.get('file');
  const size = file && typeof file !== 'string' ? file.size : 0;
  const formValue = (name: string) => (name.toLowerCase() === 'bucket' ? bucket : field(name));
  let keyChecked = false;
  for (const condition of policy.conditions ?? []) {
    const failed = () =>
      deny(`Invalid according to Policy: Policy Condition failed: ${JSON.stringify(condition)}`);
    if (!Array.isArray(condition)) {
      for (const [name, value] of Object.entries(condition)) {
        if (formValue(name) !== value) throw failed();
        if (name === 'key') keyChecked = true;
      }
      continue;
    }
    const [op, target, value, upper] = condition;
    if (op === 'content-length-range') {
      if (size < Number(target) || size > Number(value))
        throw new Refused(400, 'EntityTooLarge', 'Your proposed upload does not fit the policy size range');
      continue;
    }
    const name = String(target).replace(/^\$/, '');
    const actual = formValue(name);
    if (op === 'eq' && actual !== String(value)) throw failed();
    if (op === 'starts-with' && !(actual ?? '').startsWith(String(value))) throw failed();
    if (op !== 'eq' && op !== 'starts-with' && upper === undefined) throw failed();
    if (name === 'key') keyChecked = true;
  }
  if (!keyChecked) throw deny('The policy must name the key');
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
