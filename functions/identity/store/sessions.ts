import { decoyPasswordHash, hashPassword, verifyPassword } from '#functions/identity/domain/passwords';
import type { Me } from '#functions/identity/schemas/auth';
import {
  clearLoginAttempts,
  recordLoginFailure,
  reserveLoginAttempt,
} from '#functions/identity/store/login-attempts';
import { findUserById, findUserByUsername, meView, replaceUser } from '#functions/identity/store/users';
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
  signer: Signer,
  issuer: string,
  now: Date,
): Promise<LoginResult> {
  const username = rawUsername.trim().toLowerCase();
  const attempts = await reserveLoginAttempt(username, now);
  const account = await findUserByUsername(username);
  const matches = await verifyPassword(password, account?.passwordHash ?? decoyPasswordHash);
  if (!account || !matches) {
    await recordLoginFailure(username, attempts, now);
    logger.warn('login refused', { username, attempts, known: !!account });
    throw new UnauthenticatedError(WRONG_CREDENTIALS);
  }
  await clearLoginAttempts(username);
  if (account.disabled) {
    logger.warn('login refused', { username, disabled: true });
    throw new UnauthenticatedError('账号已停用，请联系管理员');
  }
  const { userId: sub, role, name, districtId, townId, gridId, enterpriseId, tokenVersion: tv } = account;
  const claims = { sub, role, name, username, districtId, townId, gridId, enterpriseId, tv };
  const { token, expiresAt } = signToken(claims, signer, issuer, now);
  return { token, expiresAt, user: meView(account) };
}

export async function currentUser(principal: Principal): Promise<Me> {
  const account = await findUserById(principal.userId);
  if (!account) throw new UnauthenticatedError();
  return meView(account);
}

/** Changes the caller's own password (the current one is required) and clears `mustChangePassword`. */
export async function changeOwnPassword(
  principal: Principal,
  currentPassword: string,
  newPassword: string,
  now: Date,
): Promise<AuditRecord> {
  const account = await findUserById(principal.userId);
  if (!account) throw new UnauthenticatedError();
  // Guessing the current password here counts against the same lockout as the login.
  const attempts = await reserveLoginAttempt(account.username, now);
  if (!(await verifyPassword(currentPassword, account.passwordHash))) {
    await recordLoginFailure(account.username, attempts, now);
    const message = '当前密码不正确';
    throw new ValidationError([{ path: 'body.currentPassword', message, code: 'wrong_password' }], message);
  }
  if (currentPassword === newPassword) {
    const message = '新密码不能与当前密码相同';
    throw new ValidationError([{ path: 'body.newPassword', message, code: 'same_password' }], message);
  }
  await clearLoginAttempts(account.username);
  const passwordHash = await hashPassword(newPassword);
  const updatedAt = now.toISOString();
  await replaceUser(account, { ...account, passwordHash, mustChangePassword: false, updatedAt });
  return {
    action: 'changePassword',
    entity: 'user',
    entityId: account.userId,
    districtId: account.districtId ?? null,
    before: { mustChangePassword: account.mustChangePassword },
    after: { mustChangePassword: false },
    summary: `${account.name}（${account.username}）修改了本人密码`,
  };
}
