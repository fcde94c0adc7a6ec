import { createPublicKey, type KeyObject } from 'node:crypto';
import type { JwsHeader } from '#functions/identity/tokens/jws';
import type { KeyResolver, PublicJwk } from '#functions/identity/tokens/tokens';

export interface KeyCacheOptions {
  /** An unknown `kid` re-reads the key set at most this often, so forged kids cannot hammer the table. */
  minRefreshMs?: number;
  now?: () => number;
}

/**
 * Token verification keys, read once per cold start and again when a token names a key we have not seen
 * (the auth group published a new one) — at most once a minute.
 */
export function publicKeyCache(
  load: () => Promise<PublicJwk[]>,
  { minRefreshMs = 60_000, now = Date.now }: KeyCacheOptions = {},
): KeyResolver {
  let keys = new Map<string, KeyObject>();
  let loadedAt: number | undefined;
  let loading: Promise<void> | undefined;

  const refresh = () => {
    loading ??= load()
      .then((list) => {
        const next = new Map<string, KeyObject>();
        for (const jwk of list) {
          // A malformed published key fails the tokens that name it, not the whole set.
          try {
            next.set(jwk.kid, keys.get(jwk.kid) ?? createPublicKey({ key: { ...jwk }, format: 'jwk' }));
          } catch {}
        }
        keys = next;
        loadedAt = now();
      })
      .finally(() => {
        loading = undefined;
      });
    return loading;
  };

  return async (header: JwsHeader) => {
    const stale = loadedAt === undefined || now() - loadedAt >= minRefreshMs;
    if (!keys.has(header.kid) && stale) await refresh();
    const key = keys.get(header.kid);
    if (!key) throw new Error('token signed with an unknown key');
    return key;
  };
}
