/**
 * The token a printed QR code (常安码) carries: risk points and dust sites use the same rules.
 * 16 random bytes = 128 bits, as 22 base64url characters (no padding).
 */
export const TOKEN_BYTES = 16;
export const TOKEN_PATTERN = /^[A-Za-z0-9_-]{22}$/;

// Web Crypto (global in Node 20 and Lambda), not node:crypto: the console imports this file's pattern through the
// schemas, and a browser bundle has no node:crypto.
const randomBytes = (size: number) => Buffer.from(globalThis.crypto.getRandomValues(new Uint8Array(size)));

/** A new code token: unguessable, so the code alone names exactly one point or site. */
export function newCodeToken(random: (size: number) => Buffer = randomBytes): string {
  return random(TOKEN_BYTES).toString('base64url');
}
