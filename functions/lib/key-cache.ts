import { importJWK, type JWK, type JWSHeaderParameters } from 'jose';
import { TOKEN_ALGORITHM } from './tokens';

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
  load: () => Promise<(JWK & { kid: string })[]>,
  { minRefreshMs = 60_000, now = Date.now }: KeyCacheOptions = {},
): (header: JWSHeaderParameters) => Promise<CryptoKey> {
  let keys = new Map<string, Promise<CryptoKey>>();
  let loadedAt: number | undefined;
  let loading: Promise<void> | undefined;

  const refresh = () => {
    loading ??= load()
      .then((list) => {
        const imported = (jwk: JWK) => {
          const key = importJWK(jwk, TOKEN_ALGORITHM) as Promise<CryptoKey>;
          key.catch(() => {}); // a malformed key fails the tokens that name it, not the process
          return key;
        };
        keys = new Map(list.map((jwk) => [jwk.kid, keys.get(jwk.kid) ?? imported(jwk)]));
        loadedAt = now();
      })
      .finally(() => {
        loading = undefined;
      });
    return loading;
  };

  return async (header) => {
    const kid = header.kid ?? '';
    const stale = loadedAt === undefined || now() - loadedAt >= minRefreshMs;
    if (!keys.has(kid) && stale) await refresh();
    const key = keys.get(kid);
    if (!key) throw new Error('token signed with an unknown key');
    return key;
  };
}
