import { randomBytes, randomInt, type ScryptOptions, scrypt, timingSafeEqual } from 'node:crypto';

/**
 * Password hashing with scrypt (node:crypto), encoded with its parameters so that they can be raised later
 * without invalidating stored hashes: `scrypt$<log2 N>$<r>$<p>$<salt base64>$<hash base64>`.
 * N = 2^15, r = 8, p = 1 uses 32 MiB and about 0.1 s of one core (≈ 0.3 s on a 512 MB Lambda): twice the
 * usual minimum, still well inside the login budget.
 */
export const passwordParams = { logN: 15, r: 8, p: 1, saltBytes: 16, keyBytes: 32 } as const;

const PREFIX = 'scrypt';

function derive(password: string, salt: Buffer, logN: number, r: number, p: number, keyBytes: number) {
  const N = 2 ** logN;
  // scrypt needs 128·N·r bytes; maxmem must exceed it, or Node refuses with ERR_CRYPTO_INVALID_SCRYPT_PARAMS.
  const options: ScryptOptions = { N, r, p, maxmem: 256 * N * r };
  return new Promise<Buffer>((resolve, reject) =>
    scrypt(password.normalize('NFKC'), salt, keyBytes, options, (error, key) =>
      error ? reject(error) : resolve(key),
    ),
  );
}

export async function hashPassword(password: string): Promise<string> {
  const { logN, r, p, saltBytes, keyBytes } = passwordParams;
  const salt = randomBytes(saltBytes);
  const key = await derive(password, salt, logN, r, p, keyBytes);
  return [PREFIX, logN, r, p, salt.toString('base64'), key.toString('base64')].join('$');
}

/** Whether `password` matches `encoded`; a malformed or foreign encoding never matches. Constant-time compare. */
export async function verifyPassword(password: string, encoded: string): Promise<boolean> {
  const [prefix, logN, r, p, salt, hash] = encoded.split('$');
  if (prefix !== PREFIX || !salt || !hash) return false;
  const params = [Number(logN), Number(r), Number(p)] as const;
  if (!params.every((value) => Number.isInteger(value) && value > 0) || params[0] > 20) return false;
  const expected = Buffer.from(hash, 'base64');
  if (expected.length < 16) return false;
  const actual = await derive(password, Buffer.from(salt, 'base64'), ...params, expected.length);
  return timingSafeEqual(actual, expected);
}

/** Checked against when a username does not exist, so that unknown and known users take the same time. */
export const decoyPasswordHash =
  'scrypt$15$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=';

// No 0/O, 1/l/I: a temporary password is read aloud or copied from a screen.
const LETTERS = 'abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ';
const DIGITS = '23456789';

/** A one-time password for a reset: 12 readable characters, at least 3 of them digits and 3 letters. */
export function temporaryPassword(length = 12): string {
  const chars: string[] = [];
  for (let i = 0; i < length; i += 1) {
    const pool = i < 3 ? DIGITS : i < 6 ? LETTERS : LETTERS + DIGITS;
    chars.push(pool.charAt(randomInt(pool.length)));
  }
  // Fisher–Yates with a CSPRNG, so the guaranteed digits and letters are not always in front.
  for (let i = chars.length - 1; i > 0; i -= 1) {
    const j = randomInt(i + 1);
    [chars[i], chars[j]] = [chars[j] as string, chars[i] as string];
  }
  return chars.join('');
}
