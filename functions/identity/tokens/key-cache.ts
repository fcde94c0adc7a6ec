import { createPublicKey, type KeyObject } from 'node:crypto';
import type { JwsHeader } from '#functions/identity/tokens/jws';
import type { KeyResolver, PublicJwk } from '#functions/identity/tokens/tokens';

export interface KeyCacheOptions {
  /** An unknown `kid` re-reads the key set at most this often, so forged kids cannot hammer the table. */
  minRefreshMs?: number;
  /** The key set read is used for at most this long; the next token after it re-reads the set. */
  maxAgeMs?: number;
  now?: () => number;
}

/**
 * Token verification keys, read on the first token, again when a token names a key we have not seen (the auth
 * group published a new one) — at most once a minute — and again by the first token after the set read is 5
 * minutes old. The bound: a key removed from the set stops verifying on every warm instance at most 5 minutes
 * (plus one read of the table) after its removal; only the removal itself is needed to revoke it.
 */
export function publicKeyCache(
  load: () => Promise<PublicJwk[]>,
  { minRefreshMs = 60_000, maxAgeMs = 5 * 60_000, now = Date.now }: KeyCacheOptions = {},
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
    const age = loadedAt === undefined ? Number.POSITIVE_INFINITY : now() - loadedAt;
    if (age >= maxAgeMs || (!keys.has(header.kid) && age >= minRefreshMs)) await refresh();
    const key = keys.get(header.kid);
    if (!key) throw new Error('token signed with an unknown key');
    return key;
  };
}
