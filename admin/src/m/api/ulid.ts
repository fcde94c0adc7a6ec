/** Crockford's base32, as ULIDs spell it (no I, L, O, U). */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/**
 * A ULID made on the phone (the scan's clientScanId): 48 bits of milliseconds, then 80 random bits, 26
 * characters. Written out here rather than imported so the phone pages carry no package that the console's
 * vendor chunk would claim (admin/vite.config.ts puts every other node module in the react-admin chunk).
 */
export function newUlid(now: number = Date.now(), random: (bytes: Uint8Array) => Uint8Array = fill): string {
  let time = '';
  let rest = now;
  for (let index = 0; index < 10; index++) {
    time = ALPHABET[rest % 32] + time;
    rest = Math.floor(rest / 32);
  }
  const bytes = random(new Uint8Array(16));
  let tail = '';
  for (let index = 0; index < 16; index++) tail += ALPHABET[(bytes[index] as number) % 32];
  return time + tail;
}

function fill(bytes: Uint8Array): Uint8Array {
  return globalThis.crypto.getRandomValues(bytes);
}
