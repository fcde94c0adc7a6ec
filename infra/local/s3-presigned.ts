import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

/**
 * The checks s3rver does not make and the gateway's /s3/ proxy (s3-proxy.ts) does: a presigned GET's SigV4 query
 * signature and expiry, and a presigned POST's policy signature, expiry and conditions.
 */
/** The only credentials s3rver knows, and so the ones the local presigner (functions/platform/s3.ts) signs with. */
const LOCAL_ACCESS_KEY = 'S3RVER';
const LOCAL_SECRET_KEY = 'S3RVER';
/** S3's own limit for a presigned URL's lifetime. */
const MAX_EXPIRES_SECONDS = 7 * 24 * 3600;
export class Refused extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export const deny = (message: string) => new Refused(403, 'AccessDenied', message);

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
export function checkPresignedGet(incoming: IncomingMessage, rawPath: string, query: URLSearchParams): void {
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
export async function checkPresignedPost(
  incoming: IncomingMessage,
  bucket: string,
  body: Buffer,
): Promise<void> {
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
