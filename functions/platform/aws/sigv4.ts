import { createHash, createHmac } from 'node:crypto';

/** The credentials a Lambda gets from its execution role (or the emulators' fixed pair locally). */
export interface AwsCredentials {
  readonly accessKeyId: string;
  readonly secretAccessKey: string;
  readonly sessionToken?: string;
}

/** Who signs, for what, when: the parts of a SigV4 credential scope. */
export interface Signer {
  readonly service: string;
  readonly region: string;
  readonly credentials: AwsCredentials;
  readonly now: Date;
}

export interface SignableRequest extends Signer {
  readonly method: string;
  /** Its path already URI-encoded once (S3 keys segment by segment); it is signed as given. */
  readonly url: URL;
  /** Headers to send and sign (any case); `host` and `x-amz-date` are added. */
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string | Uint8Array;
  /** S3 signs `x-amz-content-sha256`'s value; others hash the body. */
  readonly payloadHash?: string;
}

export const sha256Hex = (data: string | Uint8Array) => createHash('sha256').update(data).digest('hex');
const hmac = (key: string | Buffer, data: string) => createHmac('sha256', key).update(data, 'utf8').digest();

/** `20150830T123600Z`: the basic ISO 8601 form SigV4 signs. */
export const amzDate = (now: Date) => now.toISOString().replace(/[-:]|\.\d{3}/g, '');

/** RFC 3986 encoding, as SigV4 requires (encodeURIComponent leaves !'()* alone). */
export const rfc3986 = (text: string) =>
  encodeURIComponent(text).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
function canonicalQuery(params: URLSearchParams): string {
  return [...params]
    .map(([name, value]) => [rfc3986(name), rfc3986(value)] as const)
    .sort(([a, x], [b, y]) => compare(a, b) || compare(x, y))
    .map(([name, value]) => `${name}=${value}`)
    .join('&');
}

/**
 * Derived signing keys by secret, day, region and service: four HMACs a request otherwise, on every call a Lambda
 * makes. A key changes with the UTC day or the credentials (a role's keys rotate), so the cache holds the few
 * latest and is cleared when it grows past them.
 */
const derivedKeys = new Map<string, Buffer>();
const DERIVED_KEYS_KEPT = 16;

/** `20150830/us-east-1/iam/aws4_request` and the key derived for it. */
export function scopeOf(signer: Signer): { scope: string; key: Buffer } {
  const day = amzDate(signer.now).slice(0, 8);
  const scope = `${day}/${signer.region}/${signer.service}/aws4_request`;
  const cacheKey = `${signer.credentials.secretAccessKey}\n${scope}`;
  let key = derivedKeys.get(cacheKey);
  if (!key) {
    key = hmac(`AWS4${signer.credentials.secretAccessKey}`, day);
    for (const part of [signer.region, signer.service, 'aws4_request']) key = hmac(key, part);
    if (derivedKeys.size >= DERIVED_KEYS_KEPT) derivedKeys.clear();
    derivedKeys.set(cacheKey, key);
  }
  return { scope, key };
}

/** The signature of a canonical request (method, path, query, headers, payload hash). */
function signCanonical(
  signer: Signer,
  parts: {
    method: string;
    path: string;
    query: string;
    headers: Record<string, string>;
    payloadHash: string;
  },
) {
  const names = Object.keys(parts.headers).sort();
  const canonicalRequest = [
    parts.method,
    parts.path || '/',
    parts.query,
    ...names.map((name) => `${name}:${(parts.headers[name] ?? '').trim().replace(/\s+/g, ' ')}`),
    '',
    names.join(';'),
    parts.payloadHash,
  ].join('\n');
  const { scope, key } = scopeOf(signer);
  const toSign = ['AWS4-HMAC-SHA256', amzDate(signer.now), scope, sha256Hex(canonicalRequest)].join('\n');
  return {
    signature: createHmac('sha256', key).update(toSign, 'utf8').digest('hex'),
    scope,
    signedHeaders: names.join(';'),
  };
}

/**
 * Signs a request with AWS Signature Version 4 (header form) and returns the headers to send: the given ones,
 * `host`, `x-amz-date`, the session token when there is one, and `authorization`.
 */
export function signRequest(request: SignableRequest): Record<string, string> {
  const headers: Record<string, string> = { host: request.url.host, 'x-amz-date': amzDate(request.now) };
  for (const [name, value] of Object.entries(request.headers)) headers[name.toLowerCase()] = value;
  if (request.credentials.sessionToken) headers['x-amz-security-token'] = request.credentials.sessionToken;
  const { signature, scope, signedHeaders } = signCanonical(request, {
    method: request.method,
    path: request.url.pathname,
    query: canonicalQuery(request.url.searchParams),
    headers,
    payloadHash: request.payloadHash ?? sha256Hex(request.body),
  });
  headers.authorization =
    `AWS4-HMAC-SHA256 Credential=${request.credentials.accessKeyId}/${scope}, ` +
    `SignedHeaders=${signedHeaders}, Signature=${signature}`;
  return headers;
}

/** A presigned URL (SigV4 in the query, only `host` signed, payload unsigned), valid `expiresIn` seconds. */
export function presignUrl(signer: Signer & { method: string; url: URL; expiresIn: number }): string {
  const url = new URL(signer.url);
  const { scope } = scopeOf(signer);
  url.searchParams.set('X-Amz-Algorithm', 'AWS4-HMAC-SHA256');
  url.searchParams.set('X-Amz-Credential', `${signer.credentials.accessKeyId}/${scope}`);
  url.searchParams.set('X-Amz-Date', amzDate(signer.now));
  url.searchParams.set('X-Amz-Expires', String(signer.expiresIn));
  url.searchParams.set('X-Amz-SignedHeaders', 'host');
  if (signer.credentials.sessionToken)
    url.searchParams.set('X-Amz-Security-Token', signer.credentials.sessionToken);
  const { signature } = signCanonical(signer, {
    method: signer.method,
    path: url.pathname,
    query: canonicalQuery(url.searchParams),
    headers: { host: url.host },
    payloadHash: 'UNSIGNED-PAYLOAD',
  });
  // The query string SigV4 signed, byte for byte (URLSearchParams would encode differently).
  url.search = `${canonicalQuery(url.searchParams)}&X-Amz-Signature=${signature}`;
  return url.toString();
}

/** The signature of a browser POST upload's base64 policy document. */
export const signPolicy = (signer: Signer, policyBase64: string) =>
  createHmac('sha256', scopeOf(signer).key).update(policyBase64, 'utf8').digest('hex');
