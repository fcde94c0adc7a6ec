import { type KeyObject, sign, verify } from 'node:crypto';

/**
 * Compact JWS with RS256 (RSASSA-PKCS1-v1_5 + SHA-256, RFC 7515/7518) on node:crypto. The algorithm is fixed:
 * a token whose header names any other (`none`, HS256 with a public key as secret, ...) is not even looked at.
 * Every route group verifies tokens; this keeps a JOSE library (≈ 18 KB minified) out of all their bundles.
 */
export const JWS_ALGORITHM = 'RS256';

export interface JwsHeader {
  alg: typeof JWS_ALGORITHM;
  kid: string;
  typ?: string;
}

const encode = (value: object) => Buffer.from(JSON.stringify(value), 'utf8').toString('base64url');
const BASE64URL = /^[A-Za-z0-9_-]+$/;

export function signCompact(header: JwsHeader, payload: object, privateKey: KeyObject): string {
  const signingInput = `${encode(header)}.${encode(payload)}`;
  const signature = sign('sha256', Buffer.from(signingInput, 'ascii'), privateKey);
  return `${signingInput}.${signature.toString('base64url')}`;
}

function parseJson(part: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
    return value && typeof value === 'object' && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The payload of `token` if its header is ours (RS256, a kid, no `crit`) and its signature verifies with the key
 * `findKey` gives for the kid; undefined otherwise. Claims are the caller's to check.
 */
export async function verifyCompact(
  token: string,
  findKey: (header: JwsHeader) => Promise<KeyObject>,
): Promise<Record<string, unknown> | undefined> {
  const parts = token.split('.');
  if (parts.length !== 3 || !parts.every((part) => BASE64URL.test(part))) return undefined;
  const [headerPart = '', payloadPart = '', signaturePart = ''] = parts;
  const header = parseJson(headerPart);
  if (header?.alg !== JWS_ALGORITHM || typeof header.kid !== 'string' || 'crit' in header) return undefined;
  const key = await findKey(header as unknown as JwsHeader);
  if (key.asymmetricKeyType !== 'rsa' || (key.asymmetricKeyDetails?.modulusLength ?? 0) < 2048)
    return undefined;
  const signingInput = Buffer.from(`${headerPart}.${payloadPart}`, 'ascii');
  if (!verify('sha256', signingInput, key, Buffer.from(signaturePart, 'base64url'))) return undefined;
  return parseJson(payloadPart);
}
