import { decoyPasswordHash, hashPassword, verifyPassword } from '#functions/identity/domain/passwords';
import type { Me } from '#functions/identity/schemas/auth';
import {
  clearLoginAttempts,
  recordLoginFailure,
  reserveLoginAttempt,
} from '#functions/identity/store/login-attempts';
import {
  findUserById,
  findUserByUsername,
  meView,
  replaceUser,
  type UserRecord,
} from '#functions/identity/store/users';
import { type Signer, signToken } from '#functions/identity/tokens/tokens';
import type { AuditRecord } from '#functions/platform/audit/record';
import { UnauthenticatedError, ValidationError } from '#functions/platform/errors';
import { logger } from '#functions/platform/logger';
import type { Principal } from '#functions/platform/principal';

export interface LoginResult {
  token: string;
  expiresAt: string;
  user: Me;
}

const WRONG_CREDENTIALS = '用户名或密码错误';

/**
 * Checks a username and password under the lockout rule. Unknown users and wrong passwords get the same answer
 * after the same work (a decoy hash is checked); a disabled account is named only to someone who knows its password.
 */
export async function logIn(
  rawUsername: string,
  password: string,
  client: { signer: Signer; issuer: string; address: string },
  now: Date,
): Promise<LoginResult> {
  const { signer, issuer, address } = client;
  const username = rawUsername.trim().toLowerCase();
  const attempts = await reserveLoginAttempt(username, address, now);
  const account = await findUserByUsername(username);
  const matches = await verifyPassword(password, account?.passwordHash ?? decoyPasswordHash);
  if (!account || !matches) {
    await recordLoginFailure(attempts, now);
    logger.warn('login refused', { username, address, attempts: attempts.user, known: !!account });
    throw new UnauthenticatedError(WRONG_CREDENTIALS);
  }
  await clearLoginAttempts(attempts);
  if (account.disabled) {
    logger.warn('login refused', { username, disabled: true });
    throw new UnauthenticatedError('账号已停用，请联系管理员');
  }
  const { token, expiresAt } = sessionToken(account, signer, issuer, now);
  return { token, expiresAt, user: meView(account) };
}

export async function currentUser(principal: Principal): Promise<Me> {
  const account = await findUserById(principal.userId);
  if (!account) throw new UnauthenticatedError();
  return meView(account);
}

export interface OwnPasswordChange {
  currentPassword: string;
  newPassword: string;
  signer: Signer;
  issuer: string;
  /** The client address, as the login counts it. */
  address: string;
}

function sessionToken(account: UserRecord, signer: Signer, issuer: string, now: Date) {
  const {
    userId: sub,
    role,
    name,
    username,
    districtId,
    townId,
    gridId,
    enterpriseId,
    agencyId,
    tokenVersion: tv,
  } = account;
  const claims = { sub, role, name, username, districtId, townId, gridId, enterpriseId, agencyId, tv };
  return signToken(claims, signer, issuer, now);
}

/**
 * Changes the caller's own password (the current one is required) and clears `mustChangePassword`. The token
 * version goes up, so every older token (a stolen one included) stops working at once; the caller goes on with
 * the new token this returns.
 */
export async function changeOwnPassword(
  principal: Principal,
  { currentPassword, newPassword, signer, issuer, address }: OwnPasswordChange,
  now: Date,
): Promise<{ result: { token: string; expiresAt: string }; audit: AuditRecord }> {
  const account = await findUserById(principal.userId);
  if (!account) throw new UnauthenticatedError();
  // Guessing the current password here counts against the same lockout as the login.
  const attempts = await reserveLoginAttempt(account.username, address, now, { countAddress: false });
  if (!(await verifyPassword(currentPassword, account.passwordHash))) {
    await recordLoginFailure(attempts, now);
    const message = '当前密码不正确';
    throw new ValidationError([{ path: 'body.currentPassword', message, code: 'wrong_password' }], message);
  }
  if (currentPassword === newPassword) {
    const message = '新密码不能与当前密码相同';
    throw new ValidationError([{ path: 'body.newPassword', message, code: 'same_password' }], message);
  }
  await clearLoginAttempts(attempts);
  const passwordHash = await hashPassword(newPassword);
  const updatedAt = now.toISOString();
  const tokenVersion = account.tokenVersion + 1;
  const next = { ...account, passwordHash, mustChangePassword: false, tokenVersion, updatedAt };
  const after = await replaceUser(account, next);
  const audit: AuditRecord = {
    action: 'changePassword',
    entity: 'user',
    entityId: account.userId,
    districtId: account.districtId ?? null,
    before: { mustChangePassword: account.mustChangePassword },
    after: { mustChangePassword: false },
    summary: `${account.name}（${account.username}）修改了本人密码`,
  };
  return { result: sessionToken(after, signer, issuer, now), audit };
}
