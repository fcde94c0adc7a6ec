import { publishPublicKey } from '#functions/identity/store/public-keys';
import { loadSigningJwk } from '#functions/identity/store/signing-key';
import { publicJwkOf, type Signer, signerOf } from '#functions/identity/tokens/tokens';
import { now as clockNow } from '#functions/platform/clock';

let signer: Promise<Signer> | undefined;

/**
 * The auth group's signing key, loaded once per cold start; its public half is published to the key set
 * before the first token is signed, so every route group can verify what we hand out.
 */
export function currentSigner(now = clockNow()): Promise<Signer> {
  signer ??= (async () => {
    const jwk = await loadSigningJwk();
    await publishPublicKey(publicJwkOf(jwk), now);
    return signerOf(jwk);
  })().catch((error: unknown) => {
    signer = undefined; // a failed start is retried by the next request, not cached
    throw error;
  });
  return signer;
}
