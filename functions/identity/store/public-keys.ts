import { tokenKeys } from '#functions/identity/store/entities/token-keys';
import type { PublicJwk } from '#functions/identity/tokens/tokens';
import { isConditionFailure } from '#functions/platform/conditions';

/** Older keys stay listed so that tokens they signed keep verifying; a handful is plenty for 12-hour tokens. */
const KEYS_KEPT = 5;

export async function readPublicKeys(): Promise<PublicJwk[]> {
  const { data } = await tokenKeys.get({}).go({ consistent: true });
  return (data?.keys ?? []).map(({ n, e, kid }) => ({ kty: 'RSA', n, e, kid, alg: 'RS256', use: 'sig' }));
}

/** Adds `jwk` to the published set unless it is there; retries when another writer got in between. */
export async function publishPublicKey(jwk: PublicJwk, now: Date): Promise<void> {
  for (let attempt = 0; attempt < 5; attempt += 1) {
    const { data } = await tokenKeys.get({}).go({ consistent: true });
    if (data?.keys.some((key) => key.kid === jwk.kid)) return;
    const entry = {
      kty: jwk.kty,
      kid: jwk.kid,
      alg: jwk.alg,
      use: jwk.use,
      n: jwk.n,
      e: jwk.e,
      addedAt: now.toISOString(),
    };
    const keys = [entry, ...(data?.keys ?? [])].slice(0, KEYS_KEPT);
    const version = (data?.version ?? 0) + 1;
    try {
      const put = tokenKeys.put({ keys, version });
      await (data
        ? put.where((attr, op) => op.eq(attr.version, data.version))
        : put.where((attr, op) => op.notExists(attr.version))
      ).go();
      return;
    } catch (error) {
      if (!isConditionFailure(error)) throw error;
    }
  }
  throw new Error('Could not publish the token signing key: too many concurrent writers');
}
