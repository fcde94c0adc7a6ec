import { type AuthProvider, HttpError, type UserIdentity } from 'react-admin';
import type { Me } from '#functions/identity/schemas/auth';
import type { Role } from '#functions/platform/manifest-types';
import { type ApiClientOptions, createApiClient } from '../api/httpClient';
import { canRoleAccess } from './access';
import { roleLabels } from './roles';
import {
  browserStorage,
  clearSession,
  isExpired,
  type KeyValueStorage,
  LOGOUT_REASON_KEY,
  readSession,
  writeSession,
} from './session';

/** Where a user whose password was reset (or who logs in the first time) must go before anything else. */
export const CHANGE_PASSWORD_PATH = '/change-password';

export interface AuthProviderOptions extends Pick<ApiClientOptions, 'baseUrl' | 'fetch'> {
  /** Keeps the token and the user. @default localStorage */
  readonly storage?: KeyValueStorage;
  /** Keeps why the session ended, for the login page. @default sessionStorage */
  readonly reasonStorage?: KeyValueStorage;
  readonly now?: () => Date;
}

/** What `getIdentity` answers: react-admin's identity plus the role and scope the console needs. */
export interface ConsoleIdentity extends UserIdentity {
  readonly username: string;
  readonly role: Role;
  /** The role in Chinese, e.g. 辖区管理员. */
  readonly roleLabel: string;
  readonly scope: Me['scope'];
  readonly isPrincipal: boolean;
  readonly mustChangePassword: boolean;
}

export interface ChangePasswordInput {
  readonly currentPassword: string;
  readonly newPassword: string;
}

export type ConsoleAuthProvider = AuthProvider & {
  /**
   * POST /api/me/password; the answer's token replaces the stored one (the change ends every older token), and
   * the stored user no longer must change the password.
   */
  changePassword(input: ChangePasswordInput): Promise<void>;
  /** The message that ended the last session (once), for the login page. */
  takeLogoutReason(): string | null;
};

interface LoginResult {
  token: string;
  expiresAt: string;
  user: Me;
}

const SESSION_EXPIRED = '登录已过期，请重新登录';

/**
 * Token login against POST /api/auth/login (ARCHITECTURE.md §5). The token lives in localStorage
 * `changan.token`, where the data provider reads it; the user next to it answers getIdentity and getPermissions
 * without a round trip. A 401 from any API call ends the session with the API's message; a 403 does not.
 */
export function createAuthProvider(options: AuthProviderOptions = {}): ConsoleAuthProvider {
  const storage = options.storage ?? browserStorage('localStorage');
  const reasons = options.reasonStorage ?? browserStorage('sessionStorage');
  const now = options.now ?? (() => new Date());
  const api = createApiClient({
    baseUrl: options.baseUrl,
    fetch: options.fetch,
    getToken: () => readSession(storage)?.token ?? null,
  });

  const currentUser = (): Me | null => {
    const session = readSession(storage);
    return session && !isExpired(session, now()) ? session.user : null;
  };

  return {
    async login({ username, password }: { username: string; password: string }) {
      clearSession(storage);
      // Wrong password (401), lockout (429): the API's Chinese message reaches the login form as it is.
      const result = await api<LoginResult>('/auth/login', {
        method: 'POST',
        body: { username: String(username ?? '').trim(), password: String(password ?? '') },
      });
      writeSession(storage, { token: result.token, expiresAt: result.expiresAt, user: result.user });
      reasons?.removeItem(LOGOUT_REASON_KEY);
      // Otherwise react-admin goes back to the page that asked for the login.
      return result.user.mustChangePassword ? { redirectTo: CHANGE_PASSWORD_PATH } : undefined;
    },

    async logout() {
      clearSession(storage);
    },

    async checkAuth() {
      const session = readSession(storage);
      if (!session) throw { message: false }; // never logged in here: just the login page, no warning
      if (isExpired(session, now())) {
        clearSession(storage);
        reasons?.setItem(LOGOUT_REASON_KEY, SESSION_EXPIRED);
        throw { message: false }; // the login page says why, once
      }
    },

    async checkError(error: unknown) {
      const status = (error as HttpError | null)?.status;
      if (status !== 401) return; // 403 and the rest: the notification explains, the session stays
      const message = (error as HttpError).message || SESSION_EXPIRED;
      reasons?.setItem(LOGOUT_REASON_KEY, message);
      throw { message: false }; // the login page shows the API's message, so no second notification
    },

    async getIdentity(): Promise<ConsoleIdentity> {
      const user = currentUser();
      if (!user) throw new HttpError(SESSION_EXPIRED, 401);
      return {
        id: user.id,
        fullName: user.name,
        username: user.username,
        role: user.role,
        roleLabel: roleLabels[user.role],
        scope: user.scope,
        isPrincipal: user.isPrincipal,
        mustChangePassword: user.mustChangePassword,
      };
    },

    async getPermissions() {
      return currentUser()?.role;
    },

    async canAccess({ action, resource }) {
      return canRoleAccess(currentUser()?.role, resource, action);
    },

    async changePassword(input: ChangePasswordInput) {
      const renewed = await api<Partial<Pick<LoginResult, 'token' | 'expiresAt'>> | undefined>(
        '/me/password',
        {
          method: 'POST',
          body: input,
        },
      );
      const session = readSession(storage);
      if (session)
        writeSession(storage, {
          ...session,
          ...(renewed?.token ? { token: renewed.token, expiresAt: renewed.expiresAt ?? null } : {}),
          user: { ...session.user, mustChangePassword: false },
        });
    },

    takeLogoutReason() {
      const reason = reasons?.getItem(LOGOUT_REASON_KEY) ?? null;
      reasons?.removeItem(LOGOUT_REASON_KEY);
      return reason;
    },
  };
}

export const authProvider = createAuthProvider();
