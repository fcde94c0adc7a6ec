import type { Me } from '#functions/identity/schemas/auth';

/**
 * The console's session, read and written under the same localStorage keys (admin/src/api/httpClient.ts
 * TOKEN_KEY, admin/src/auth/session.ts), so one login serves the console and the phone pages. Not imported from
 * there: that module pulls react-admin into whatever chunk shares it, and the phone pages load React only.
 * tests/unit/m/session.test.ts holds the two to the same keys and format.
 */
export const TOKEN_KEY = 'changan.token';
export const USER_KEY = 'changan.user';
export const EXPIRES_KEY = 'changan.expiresAt';

export interface PhoneSession {
  readonly token: string;
  readonly expiresAt: string | null;
  readonly user: Me;
}

type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

function local(): KeyValueStorage | undefined {
  try {
    return globalThis.localStorage ?? undefined;
  } catch {
    return undefined; // storage disabled (private mode)
  }
}

/** The stored session, or null when there is none, it is damaged, or it has expired (then it is removed). */
export function readPhoneSession(storage = local(), now = new Date()): PhoneSession | null {
  const token = storage?.getItem(TOKEN_KEY);
  const userJson = storage?.getItem(USER_KEY);
  if (!token || !userJson) return null;
  let user: Me;
  try {
    user = JSON.parse(userJson) as Me;
  } catch {
    return null;
  }
  const expiresAt = storage?.getItem(EXPIRES_KEY) ?? null;
  const expiry = expiresAt ? Date.parse(expiresAt) : Number.NaN;
  if (Number.isFinite(expiry) && expiry <= now.getTime()) {
    clearPhoneSession(storage);
    return null;
  }
  return { token, expiresAt, user };
}

export function writePhoneSession(session: PhoneSession, storage = local()): void {
  storage?.setItem(TOKEN_KEY, session.token);
  storage?.setItem(USER_KEY, JSON.stringify(session.user));
  if (session.expiresAt) storage?.setItem(EXPIRES_KEY, session.expiresAt);
  else storage?.removeItem(EXPIRES_KEY);
}

export function clearPhoneSession(storage = local()): void {
  for (const key of [TOKEN_KEY, USER_KEY, EXPIRES_KEY]) storage?.removeItem(key);
}
