import * as z from 'zod';
import { publicKeyCache } from '#functions/identity/tokens/key-cache';
import { type KeyResolver, verifyToken } from '#functions/identity/tokens/tokens';
import { readEnv } from '#functions/platform/env';
import { DomainError, ForbiddenError, UnauthenticatedError } from '#functions/platform/errors';
import type { HttpMiddleware, HttpRequest } from '#functions/platform/http/types';
import { routeKey } from '#functions/platform/manifest-types';
import type { Principal } from '#functions/platform/principal';

/** The account behind a token, as it is now. */
export interface Account {
  principal: Principal;
  disabled: boolean;
  tokenVersion: number;
  mustChangePassword: boolean;
}

export interface AuthOptions {
  /** Verification keys by `kid`. @default the published key set, cached per cold start */
  getKey?: KeyResolver;
  /** Reads the caller's account on every request. @default the user store */
  findAccount?: (userId: string) => Promise<Account | undefined>;
  /** The token issuer. @default env JWT_ISSUER */
  issuer?: string;
}

/** What an account that must change its password may still do. */
const passwordChangeRoutes = ['GET /api/me', 'POST /api/me/password'];

// Read when a group builds its chain, not at import: workers import identity's index without an issuer.
const issuerFromEnv = () => readEnv({ JWT_ISSUER: z.string().url() }).JWT_ISSUER;

// The stores load on the first protected request only: the system group has public routes and no table.
const defaultGetKey = /* @__PURE__ */ publicKeyCache(async () =>
  (await import('#functions/identity/store/public-keys')).readPublicKeys(),
);
async function defaultFindAccount(userId: string): Promise<Account | undefined> {
  const { findUserById, principalOf } = await import('#functions/identity/store/users');
  const record = await findUserById(userId);
  if (!record) return undefined;
  const { disabled, tokenVersion, mustChangePassword } = record;
  return { principal: principalOf(record), disabled, tokenVersion, mustChangePassword };
}

/**
 * Public routes ignore tokens. Every other route needs a valid bearer token (401) of an account that still
 * exists, is enabled and has not had its tokens revoked — read on each request, so that disabling an account
 * takes effect at once on every host — and a role the route allows (403, function-level authorization).
 */
export function authenticate(opts: AuthOptions = {}): HttpMiddleware {
  const getKey = opts.getKey ?? defaultGetKey;
  const findAccount = opts.findAccount ?? defaultFindAccount;
  const issuer = opts.issuer ?? issuerFromEnv();

  const authBefore = async (request: HttpRequest): Promise<void> => {
    const route = request.context.route;
    if (!route || route.access === 'public') return;
    const header = request.event.headers?.authorization ?? '';
    const token = /^Bearer\s+(\S+)$/i.exec(header)?.[1];
    if (!token) throw new UnauthenticatedError();
    const claims = await verifyToken(token, getKey, issuer);
    const account = await findAccount(claims.sub);
    if (!account) throw new UnauthenticatedError();
    if (account.disabled) throw new UnauthenticatedError('账号已停用，请联系管理员');
    if (account.tokenVersion !== claims.tv) throw new UnauthenticatedError('登录已过期，请重新登录');
    if (!route.access.includes(account.principal.role)) throw new ForbiddenError();
    if (account.mustChangePassword && !passwordChangeRoutes.includes(routeKey(route)))
      throw new DomainError(403, 'PASSWORD_CHANGE_REQUIRED', '请先修改初始密码或临时密码，再继续操作');
    request.context.principal = account.principal;
  };
  return { before: authBefore };
}
