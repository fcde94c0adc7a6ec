import { generateKeyPairSync } from 'node:crypto';
import { calculateJwkThumbprint, createLocalJWKSet, jwtVerify, SignJWT } from 'jose';
import { describe, expect, it } from 'vitest';
import { publicKeyCache } from '#functions/identity/tokens/key-cache';
import {
  generateSigningJwk,
  isSigningJwk,
  publicJwkOf,
  type SigningJwk,
  signerOf,
  signToken,
  type TokenClaims,
  verifyToken,
} from '#functions/identity/tokens/tokens';
import { UnauthenticatedError } from '#functions/platform/errors';

const issuer = 'https://api.example.cn/api/auth';
const claims: TokenClaims = {
  sub: '01JUSER',
  role: 'districtAdmin',
  name: '武进管理员',
  username: 'wujin-admin',
  districtId: 'wujin',
  tv: 0,
};
const at = new Date('2026-11-30T02:00:00Z');
const keyPromise = generateSigningJwk();

async function keysFor(...jwks: SigningJwk[]) {
  return publicKeyCache(async () => jwks.map(publicJwkOf));
}

describe('signing keys', () => {
  it('are RS256 private JWKs named by their thumbprint, published without the private part', async () => {
    // Act
    const jwk = await keyPromise;
    const published = publicJwkOf(jwk);

    // Assess
    expect(isSigningJwk(jwk)).toBe(true);
    expect(jwk).toMatchObject({ kty: 'RSA', alg: 'RS256', kid: expect.stringMatching(/^[\w-]{43}$/) });
    expect(Object.keys(published).sort()).toEqual(['alg', 'e', 'kid', 'kty', 'n', 'use']);
    expect(isSigningJwk({ ...jwk, d: undefined })).toBe(false);
    expect(isSigningJwk('placeholder-from-cloudformation')).toBe(false);
  });
});

describe('tokens', () => {
  it('carry the claims, expire after 12 hours and verify against the published key', async () => {
    // Prepare
    const jwk = await keyPromise;

    // Act
    const { token, expiresAt } = await signToken(claims, await signerOf(jwk), issuer, at);
    const verified = await verifyToken(token, await keysFor(jwk), issuer, at);

    // Assess
    expect(expiresAt).toBe('2026-11-30T14:00:00.000Z');
    expect(verified).toMatchObject({ ...claims, iss: issuer, aud: 'changan' });
  });

  it('refuses an expired token with the “login expired” message', async () => {
    // Prepare
    const jwk = await keyPromise;
    const { token } = await signToken(claims, await signerOf(jwk), issuer, at);

    // Act
    const later = verifyToken(token, await keysFor(jwk), issuer, new Date('2026-11-30T14:00:01Z'));

    // Assess
    await expect(later).rejects.toMatchObject({ status: 401, message: '登录已过期，请重新登录' });
  });

  it('refuses another issuer, another audience, another key and a tampered payload', async () => {
    // Prepare
    const jwk = await keyPromise;
    const stranger = await generateSigningJwk();
    const signer = await signerOf(jwk);
    const otherIssuer = (await signToken(claims, signer, 'https://evil.example.com', at)).token;
    const otherKey = (await signToken(claims, { ...(await signerOf(stranger)), kid: jwk.kid }, issuer, at))
      .token;
    const otherAudience = await new SignJWT({ ...claims })
      .setProtectedHeader({ alg: 'RS256', kid: jwk.kid })
      .setIssuer(issuer)
      .setAudience('someone-else')
      .setIssuedAt(at)
      .setExpirationTime('1h')
      .sign(signer.privateKey);
    const [header, , signature] = (await signToken(claims, signer, issuer, at)).token.split('.');
    const payload = Buffer.from(
      JSON.stringify({ ...claims, role: 'cityAdmin', iss: issuer, aud: 'changan' }),
    ).toString('base64url');

    // Act
    const attempts = [otherIssuer, otherKey, otherAudience, `${header}.${payload}.${signature}`].map(
      async (token) => verifyToken(token, await keysFor(jwk), issuer, at).catch((error: unknown) => error),
    );

    // Assess
    for (const outcome of await Promise.all(attempts)) {
      expect(outcome).toBeInstanceOf(UnauthenticatedError);
      expect(outcome).toMatchObject({ message: '请先登录' });
    }
  });

  it('refuses unsigned and symmetric-key tokens (algorithm confusion)', async () => {
    // Prepare
    const jwk = await keyPromise;
    const encode = (part: object) => Buffer.from(JSON.stringify(part)).toString('base64url');
    const body = encode({ ...claims, iss: issuer, aud: 'changan', exp: at.getTime() / 1000 + 60 });
    const unsigned = `${encode({ alg: 'none', kid: jwk.kid })}.${body}.`;
    const hmac = await new SignJWT({ ...claims })
      .setProtectedHeader({ alg: 'HS256', kid: jwk.kid })
      .setIssuer(issuer)
      .setAudience('changan')
      .setExpirationTime('1h')
      .sign(new TextEncoder().encode(String(jwk.n)));

    // Act
    const outcomes = await Promise.all(
      [unsigned, hmac].map(async (token) =>
        verifyToken(token, await keysFor(jwk), issuer, at).catch((e) => e),
      ),
    );

    // Assess
    for (const outcome of outcomes) expect(outcome).toBeInstanceOf(UnauthenticatedError);
  });
});

describe('interoperability with a standard JOSE library (jose), as API Gateway’s authorizer needs', () => {
  it('names keys by the same RFC 7638 thumbprint', async () => {
    // Prepare
    const jwk = await keyPromise;

    // Assess
    expect(jwk.kid).toBe(await calculateJwkThumbprint({ kty: 'RSA', n: jwk.n, e: jwk.e }));
  });

  it('signs tokens that jose verifies with the published key set, and verifies tokens jose signs', async () => {
    // Prepare
    const jwk = await keyPromise;
    const signer = signerOf(jwk);
    const ours = signToken(claims, signer, issuer, at).token;
    const theirs = await new SignJWT({ ...claims })
      .setProtectedHeader({ alg: 'RS256', kid: jwk.kid })
      .setIssuer(issuer)
      .setAudience('changan')
      .setIssuedAt(at)
      .setExpirationTime(at.getTime() / 1000 + 3600)
      .sign(signer.privateKey);

    // Act
    const { payload, protectedHeader } = await jwtVerify(
      ours,
      createLocalJWKSet({ keys: [publicJwkOf(jwk)] }),
      {
        issuer,
        audience: 'changan',
        algorithms: ['RS256'],
        currentDate: at,
      },
    );
    const verified = await verifyToken(theirs, await keysFor(jwk), issuer, at);

    // Assess
    expect(protectedHeader).toEqual({ alg: 'RS256', kid: jwk.kid, typ: 'JWT' });
    expect(payload).toMatchObject({
      sub: claims.sub,
      role: 'districtAdmin',
      exp: at.getTime() / 1000 + 12 * 3600,
    });
    expect(verified).toMatchObject({ sub: claims.sub, tv: 0 });
  });

  it('refuses a token with critical header parameters or a weak RSA key', async () => {
    // Prepare
    const jwk = await keyPromise;
    const critical = await new SignJWT({ ...claims })
      .setProtectedHeader({ alg: 'RS256', kid: jwk.kid, crit: ['b64'], b64: true })
      .setIssuer(issuer)
      .setAudience('changan')
      .setIssuedAt(at)
      .setExpirationTime(at.getTime() / 1000 + 3600)
      .sign(signerOf(jwk).privateKey);
    const weak = generateKeyPairSync('rsa', { modulusLength: 1024 });
    const weakJwk = {
      ...(weak.publicKey.export({ format: 'jwk' }) as { n: string; e: string }),
      kid: 'weak',
    };
    const weakToken = signToken(claims, { kid: 'weak', privateKey: weak.privateKey }, issuer, at).token;
    const weakKeys = publicKeyCache(async () => [{ ...weakJwk, kty: 'RSA', alg: 'RS256', use: 'sig' }]);

    // Act
    const outcomes = await Promise.all([
      verifyToken(critical, await keysFor(jwk), issuer, at).catch((error: unknown) => error),
      verifyToken(weakToken, weakKeys, issuer, at).catch((error: unknown) => error),
    ]);

    // Assess
    for (const outcome of outcomes) expect(outcome).toBeInstanceOf(UnauthenticatedError);
  });
});

describe('the verification key cache', () => {
  it('reads the key set once, and again for an unknown key at most once a minute', async () => {
    // Prepare
    const first = await keyPromise;
    const second = await generateSigningJwk();
    let published = [publicJwkOf(first)];
    let reads = 0;
    let now = 0;
    const getKey = publicKeyCache(
      async () => {
        reads += 1;
        return published;
      },
      { now: () => now },
    );

    // Act
    await getKey({ kid: first.kid, alg: 'RS256' });
    await getKey({ kid: first.kid, alg: 'RS256' });
    published = [publicJwkOf(second), publicJwkOf(first)];
    const tooSoon = await getKey({ kid: second.kid, alg: 'RS256' }).catch((error: unknown) => error);
    now = 60_000;
    const afterAMinute = await getKey({ kid: second.kid, alg: 'RS256' });
    const forged = await getKey({ kid: 'forged', alg: 'RS256' }).catch((error: unknown) => error);

    // Assess
    expect(tooSoon).toBeInstanceOf(Error);
    expect(afterAMinute).toBeDefined();
    expect(forged).toBeInstanceOf(Error);
    expect(reads).toBe(2);
  });

  it('stops verifying a key removed from the set once the 5-minute TTL has passed, not before', async () => {
    // Prepare
    const kept = await keyPromise;
    const removed = await generateSigningJwk();
    let published = [publicJwkOf(kept), publicJwkOf(removed)];
    let reads = 0;
    let now = 0;
    const getKey = publicKeyCache(
      async () => {
        reads += 1;
        return published;
      },
      { now: () => now },
    );
    await getKey({ kid: removed.kid, alg: 'RS256' });

    // Act
    published = [publicJwkOf(kept)];
    now = 5 * 60_000 - 1;
    const beforeTtl = await getKey({ kid: removed.kid, alg: 'RS256' }).catch((error: unknown) => error);
    const readsBeforeTtl = reads;
    now = 5 * 60_000;
    const afterTtl = await getKey({ kid: removed.kid, alg: 'RS256' }).catch((error: unknown) => error);
    const keptAfterTtl = await getKey({ kid: kept.kid, alg: 'RS256' });

    // Assess
    expect(beforeTtl).not.toBeInstanceOf(Error);
    expect(readsBeforeTtl).toBe(1);
    expect(afterTtl).toBeInstanceOf(Error);
    expect(keptAfterTtl).toBeDefined();
    expect(reads).toBe(2);
  });

  it('turns an unknown key into a 401, not a crash', async () => {
    // Prepare
    const jwk = await keyPromise;
    const { token } = await signToken(claims, await signerOf(jwk), issuer, at);

    // Act
    const outcome = await verifyToken(
      token,
      publicKeyCache(async () => []),
      issuer,
      at,
    ).catch((e) => e);

    // Assess
    expect(outcome).toBeInstanceOf(UnauthenticatedError);
  });
});
