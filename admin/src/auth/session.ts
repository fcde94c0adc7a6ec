import type { Me } from '#functions/identity/schemas/auth';
import { TOKEN_KEY } from '../api/httpClient';

/** The logged-in user as POST /api/auth/login returned it (JSON), next to the token. */
export const USER_KEY = 'changan.user';
/** When the token expires (ISO-8601), so that an expired session goes back to the login page before a 401. */
export const EXPIRES_KEY = 'changan.expiresAt';
/** Why the last session ended (the API's message), shown once on the login page; per tab. */
export const LOGOUT_REASON_KEY = 'changan.logoutReason';

/** The part of Web Storage we use; tests pass a Map-backed one. */
export type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export interface Session {
  readonly token: string;
  readonly expiresAt: string | null;
  readonly user: Me;
}

/** localStorage, or nothing when storage is disabled (private mode, sandboxed frame). */
export function browserStorage(kind: 'localStorage' | 'sessionStorage'): KeyValueStorage | undefined {
  try {
    return globalThis[kind] ?? undefined;
  } catch {
    return undefined;
  }
}

export function readSession(storage: KeyValueStorage | undefined): Session | null {
  const token = storage?.getItem(TOKEN_KEY);
  const userJson = storage?.getItem(USER_KEY);
  if (!token || !userJson) return null;
  try {
    return { token, expiresAt: storage?.getItem(EXPIRES_KEY) ?? null, user: JSON.parse(userJson) as Me };
  } catch {
    return null; // a damaged entry: treat as logged out
  }
}

export function writeSession(storage: KeyValueStorage | undefined, session: Session): void {
  storage?.setItem(TOKEN_KEY, session.token);
  storage?.setItem(USER_KEY, JSON.stringify(session.user));
  if (session.expiresAt) storage?.setItem(EXPIRES_KEY, session.expiresAt);
  else storage?.removeItem(EXPIRES_KEY);
}

export function clearSession(storage: KeyValueStorage | undefined): void {
  for (const key of [TOKEN_KEY, USER_KEY, EXPIRES_KEY]) storage?.removeItem(key);
}

export function isExpired(session: Session, now: Date): boolean {
  if (!session.expiresAt) return false;
  const expiresAt = Date.parse(session.expiresAt);
  return Number.isFinite(expiresAt) && expiresAt <= now.getTime();
}
