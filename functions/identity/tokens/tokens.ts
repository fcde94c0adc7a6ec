import { createHash, createPrivateKey, generateKeyPair, type JsonWebKey, type KeyObject } from 'node:crypto';
import { promisify } from 'node:util';
import { JWS_ALGORITHM, type JwsHeader, signCompact, verifyCompact } from '#functions/identity/tokens/jws';
import { now as clockNow } from '#functions/platform/clock';
import { UnauthenticatedError } from '#functions/platform/errors';
import { type Role, roles } from '#functions/platform/manifest-types';

/**
 * RS256, not ES256: API Gateway HTTP API JWT authorizers verify RSA signatures only ("Currently, only RSA-based
 * algorithms are supported", HTTP API developer guide), and both the gateway and our middleware check every token.
 */
export const TOKEN_ALGORITHM = JWS_ALGORITHM;
export const TOKEN_AUDIENCE = 'changan';
export const TOKEN_LIFETIME_SECONDS = 12 * 3600;
/** Clocks of Lambda hosts differ by a little; a token "issued" up to a minute ahead is still accepted. */
const CLOCK_SKEW_SECONDS = 60;

/** What a token says about its holder; the auth middleware still reads the account on every request. */
export interface TokenClaims {
  sub: string;
  role: Role;
  name: string;
  username: string;
  districtId?: string | undefined;
  townId?: string | undefined;
  gridId?: string | undefined;
  enterpriseId?: string | undefined;
  agencyId?: string | undefined;
  /** The account's token version when the token was issued; disabling or resetting a password bumps it. */
  tv: number;
}

/** A public RSA signing key as the JWKS publishes it. */
export type PublicJwk = {
  kty: 'RSA';
  n: string;
  e: string;
  kid: string;
  alg: typeof TOKEN_ALGORITHM;
  use: 'sig';
};

/** The private signing key as stored (file or secret): the public members plus the private ones. */
export type SigningJwk = PublicJwk & { d: string; p: string; q: string; dp: string; dq: string; qi: string };

export interface Signer {
  kid: string;
  privateKey: KeyObject;
}

export type KeyResolver = (header: JwsHeader) => Promise<KeyObject>;

/** RFC 7638 thumbprint of an RSA key: SHA-256 of its required members in lexicographic order. */
export function jwkThumbprint(jwk: { e: string; n: string }): string {
  const canonical = JSON.stringify({ e: jwk.e, kty: 'RSA', n: jwk.n });
  return createHash('sha256').update(canonical).digest('base64url');
}

export async function generateSigningJwk(): Promise<SigningJwk> {
  const { privateKey } = await promisify(generateKeyPair)('rsa', { modulusLength: 2048 });
  const jwk = privateKey.export({ format: 'jwk' }) as Omit<SigningJwk, 'kid' | 'alg' | 'use' | 'kty'>;
  return { ...jwk, kty: 'RSA', kid: jwkThumbprint(jwk), alg: TOKEN_ALGORITHM, use: 'sig' };
}

export function isSigningJwk(value: unknown): value is SigningJwk {
  const jwk = value as Partial<SigningJwk> | null;
  if (typeof jwk !== 'object' || jwk === null || jwk.kty !== 'RSA' || jwk.alg !== TOKEN_ALGORITHM)
    return false;
  const members = [jwk.kid, jwk.n, jwk.e, jwk.d, jwk.p, jwk.q, jwk.dp, jwk.dq, jwk.qi];
  return members.every((member) => typeof member === 'string' && member.length > 0);
}

/** The public half, as the JWKS publishes it. */
export function publicJwkOf(jwk: SigningJwk): PublicJwk {
  return { kty: 'RSA', n: jwk.n, e: jwk.e, kid: jwk.kid, alg: TOKEN_ALGORITHM, use: 'sig' };
}

export function signerOf(jwk: SigningJwk): Signer {
  return { kid: jwk.kid, privateKey: createPrivateKey({ key: jwk as JsonWebKey, format: 'jwk' }) };
}

export function signToken(
  claims: TokenClaims,
  signer: Signer,
  issuer: string,
  now: Date,
): { token: string; expiresAt: string } {
  const iat = Math.floor(now.getTime() / 1000);
  const exp = iat + TOKEN_LIFETIME_SECONDS;
  const payload = JSON.parse(JSON.stringify({ ...claims, iss: issuer, aud: TOKEN_AUDIENCE, iat, exp }));
  const header: JwsHeader = { alg: TOKEN_ALGORITHM, kid: signer.kid, typ: 'JWT' };
  return {
    token: signCompact(header, payload, signer.privateKey),
    expiresAt: new Date(exp * 1000).toISOString(),
  };
}

/** Verifies signature, algorithm, issuer, audience and lifetime; any failure is a 401 in Chinese. */
export async function verifyToken(
  token: string,
  getKey: KeyResolver,
  issuer: string,
  now = clockNow(),
): Promise<TokenClaims> {
  const payload = await verifyCompact(token, getKey).catch(() => undefined);
  if (!payload) throw new UnauthenticatedError();
  const seconds = now.getTime() / 1000;
  const { iss, aud, exp, iat, nbf, sub, role, tv } = payload;
  const audiences = Array.isArray(aud) ? aud : [aud];
  const wellFormed =
    iss === issuer &&
    audiences.includes(TOKEN_AUDIENCE) &&
    typeof exp === 'number' &&
    typeof iat === 'number' &&
    iat <= seconds + CLOCK_SKEW_SECONDS &&
    (nbf === undefined || (typeof nbf === 'number' && nbf <= seconds + CLOCK_SKEW_SECONDS)) &&
    typeof sub === 'string' &&
    sub.length > 0 &&
    roles.includes(role as Role) &&
    typeof tv === 'number';
  if (!wellFormed) throw new UnauthenticatedError();
  if (exp <= seconds) throw new UnauthenticatedError('登录已过期，请重新登录');
  return payload as unknown as TokenClaims;
}
