/** 16 random bytes = 128 bits, as 22 base64url characters (no padding). */
export const TOKEN_BYTES = 16;
export const TOKEN_PATTERN = /^[A-Za-z0-9_-]{22}$/;

// Web Crypto (global in Node 20 and Lambda), not node:crypto: the console imports this file's pattern through the
// schemas, and a browser bundle has no node:crypto.
const randomBytes = (size: number) => Buffer.from(globalThis.crypto.getRandomValues(new Uint8Array(size)));

/** A new code token for a risk point's QR (常安码): unguessable, so the code alone names exactly one point. */
export function newCodeToken(random: (size: number) => Buffer = randomBytes): string {
  return random(TOKEN_BYTES).toString('base64url');
}

/** The URL a risk point's QR encodes (any phone scanner, WeChat included, opens it). */
export function scanUrl(consoleOrigin: string, token: string): string {
  return `${consoleOrigin.replace(/\/+$/, '')}/m/r/${token}`;
}
