import {
  calculateJwkThumbprint,
  errors,
  exportJWK,
  generateKeyPair,
  importJWK,
  type JWK,
  type JWTVerifyGetKey,
  jwtVerify,
  SignJWT,
} from 'jose';
import { UnauthenticatedError } from './errors';
import { type Role, roles } from './manifest-types';

/**
 * RS256, not ES256: API Gateway HTTP API JWT authorizers verify RSA signatures only ("Currently, only RSA-based
 * algorithms are supported", HTTP API developer guide), and both the gateway and our middleware check every token.
 */
export const TOKEN_ALGORITHM = 'RS256';
export const TOKEN_AUDIENCE = 'changan';
export const TOKEN_LIFETIME_SECONDS = 12 * 3600;

/** What a token says about its holder; the auth middleware still reads the account on every request. */
export interface TokenClaims {
  sub: string;
  role: Role;
  name: string;
  username: string;
  districtId?: string;
  townId?: string;
  gridId?: string;
  enterpriseId?: string;
  /** The account's token version when the token was issued; disabling or resetting a password bumps it. */
  tv: number;
}

/** The private signing key as stored (file or secret): a JWK with `kid` (its public thumbprint) and `alg`. */
export type SigningJwk = JWK & { kid: string; alg: typeof TOKEN_ALGORITHM; d: string };

export interface Signer {
  kid: string;
  privateKey: CryptoKey;
}

export async function generateSigningJwk(): Promise<SigningJwk> {
  const { privateKey } = await generateKeyPair(TOKEN_ALGORITHM, { extractable: true, modulusLength: 2048 });
  const jwk = await exportJWK(privateKey);
  if (!jwk.d || !jwk.n || !jwk.e) throw new Error('generateKeyPair returned an incomplete RSA key');
  const kid = await calculateJwkThumbprint({ kty: 'RSA', n: jwk.n, e: jwk.e });
  return { ...jwk, kid, alg: TOKEN_ALGORITHM, use: 'sig', d: jwk.d };
}

export function isSigningJwk(value: unknown): value is SigningJwk {
  const jwk = value as Partial<SigningJwk> | null;
  return (
    typeof jwk === 'object' &&
    jwk !== null &&
    jwk.kty === 'RSA' &&
    jwk.alg === TOKEN_ALGORITHM &&
    [jwk.kid, jwk.d, jwk.n, jwk.e].every((part) => typeof part === 'string' && part.length > 0)
  );
}

/** The public half, as the JWKS publishes it. */
export function publicJwkOf(jwk: SigningJwk): JWK & { kid: string } {
  return { kty: 'RSA', n: jwk.n, e: jwk.e, kid: jwk.kid, alg: TOKEN_ALGORITHM, use: 'sig' };
}

export async function signerOf(jwk: SigningJwk): Promise<Signer> {
  return { kid: jwk.kid, privateKey: (await importJWK(jwk, TOKEN_ALGORITHM)) as CryptoKey };
}

export async function signToken(
  claims: TokenClaims,
  signer: Signer,
  issuer: string,
  now: Date,
): Promise<{ token: string; expiresAt: string }> {
  const issuedAt = Math.floor(now.getTime() / 1000);
  const expires = issuedAt + TOKEN_LIFETIME_SECONDS;
  const { sub, ...rest } = claims;
  const token = await new SignJWT({ ...rest })
    .setProtectedHeader({ alg: TOKEN_ALGORITHM, kid: signer.kid, typ: 'JWT' })
    .setSubject(sub)
    .setIssuer(issuer)
    .setAudience(TOKEN_AUDIENCE)
    .setIssuedAt(issuedAt)
    .setExpirationTime(expires)
    .sign(signer.privateKey);
  return { token, expiresAt: new Date(expires * 1000).toISOString() };
}

/** Verifies signature, algorithm, issuer, audience and expiry; any failure is a 401 in Chinese. */
export async function verifyToken(
  token: string,
  getKey: JWTVerifyGetKey,
  issuer: string,
  now = new Date(),
): Promise<TokenClaims> {
  try {
    const { payload } = await jwtVerify(token, getKey, {
      algorithms: [TOKEN_ALGORITHM],
      issuer,
      audience: TOKEN_AUDIENCE,
      currentDate: now,
      requiredClaims: ['sub', 'iat', 'exp'],
    });
    if (!roles.includes(payload.role as Role) || typeof payload.tv !== 'number')
      throw new UnauthenticatedError();
    return payload as unknown as TokenClaims;
  } catch (error) {
    if (error instanceof errors.JWTExpired) throw new UnauthenticatedError('登录已过期，请重新登录');
    throw new UnauthenticatedError();
  }
}
