import { hashPassword, temporaryPassword } from '#functions/identity/domain/passwords';
import { canManageUser, roleLabels } from '#functions/identity/domain/roles';
import type { User } from '#functions/identity/schemas/users';
import { clearUserLocks, userLockedUntil } from '#functions/identity/store/login-attempts';
import { type AccountScope, placeAccount } from '#functions/identity/store/user-placement';
import {
  findUserById,
  insertUser,
  replaceUser,
  type UserRecord,
  userView,
} from '#functions/identity/store/users';
import type { AuditAction, AuditRecord } from '#functions/platform/audit/record';
import { ConflictError, NotFoundError } from '#functions/platform/errors';
import type { Principal } from '#functions/platform/principal';

type Change<T> = { result: T; audit: AuditRecord };

interface AccountFields {
  name: string;
  phone: string;
  role: UserRecord['role'];
  districtId?: string | undefined;
  townId?: string | undefined;
  gridId?: string | undefined;
  enterpriseId?: string | undefined;
  agencyId?: string | undefined;
  isPrincipal: boolean;
}

const view = (record: UserRecord) => userView(record, { fullPhone: true });

function record(
  action: AuditAction,
  before: UserRecord | null,
  after: UserRecord,
  summary: string,
): AuditRecord {
  const entityId = after.userId;
  const districtId = after.districtId ?? before?.districtId ?? null;
  return {
    action,
    entity: 'user',
    entityId,
    districtId,
    before: before && view(before),
    after: view(after),
    summary,
  };
}

/** An account the caller manages, or 404 whether it does not exist or lies outside the caller's scope. */
async function manageable(principal: Principal, userId: string): Promise<UserRecord> {
  const found = await findUserById(userId);
  if (!found || !canManageUser(principal, found)) throw new NotFoundError('用户不存在或无权查看');
  return found;
}

function notSelf(principal: Principal, userId: string, message: string): void {
  if (principal.userId === userId) throw new ConflictError('OWN_ACCOUNT', message);
}

const fieldsOf = (input: AccountFields, scope: AccountScope) => ({
  name: input.name,
  phone: input.phone,
  role: input.role,
  districtId: scope.districtId,
  townId: scope.townId,
  gridId: scope.gridId,
  enterpriseId: scope.enterpriseId,
  agencyId: scope.agencyId,
  // 主要负责人 is an enterprise's principal person; other roles have none.
  isPrincipal: input.role === 'enterpriseUser' && input.isPrincipal,
});

/** The detail adds the login lock, if any (managers unlock it). */
export async function getUser(principal: Principal, userId: string, now: Date): Promise<User> {
  const found = await manageable(principal, userId);
  const lockedUntil = await userLockedUntil(found.username, now);
  return { ...view(found), ...(lockedUntil ? { lockedUntil } : {}) };
}

/**
 * Lifts the login lock for every address. The lock lives beside the account, so the account item is touched
 * (`updatedAt`) only to make the write one like the others: conditional on what was read, audited.
 */
export async function unlockUser(principal: Principal, userId: string, now: Date): Promise<Change<User>> {
  const before = await manageable(principal, userId);
  const lockedUntil = await userLockedUntil(before.username, now);
  await clearUserLocks(before.username);
  const after = await replaceUser(before, { ...before, updatedAt: now.toISOString() });
  const summary = `解除账号 ${after.name}（${after.username}）的登录锁定`;
  const audit = record('unlock', before, after, summary);
  return {
    result: view(after),
    audit: { ...audit, before: { ...view(before), ...(lockedUntil ? { lockedUntil } : {}) } },
  };
}

export async function createUser(
  principal: Principal,
  input: AccountFields & { username: string; password: string },
  now: Date,
): Promise<Change<User>> {
  const scope = await placeAccount(principal, input);
  const passwordHash = await hashPassword(input.password);
  const fields = { ...fieldsOf(input, scope), username: input.username, passwordHash };
  const created = await insertUser({ ...fields, disabled: false, mustChangePassword: true }, now);
  const summary = `新建${roleLabels[created.role]}账号 ${created.name}（${created.username}）`;
  return { result: view(created), audit: record('create', null, created, summary) };
}

export async function updateUser(
  principal: Principal,
  userId: string,
  input: AccountFields,
  now: Date,
): Promise<Change<User>> {
  const before = await manageable(principal, userId);
  if (input.role !== before.role) notSelf(principal, userId, '不能修改本人的角色');
  const scope = await placeAccount(principal, input);
  const next = { ...before, ...fieldsOf(input, scope), updatedAt: now.toISOString() };
  const after = await replaceUser(before, next);
  return {
    result: view(after),
    audit: record('update', before, after, `修改账号 ${after.name}（${after.username}）`),
  };
}

/** Disabling also revokes the account's tokens: enabling it again does not bring them back. */
export async function setUserDisabled(
  principal: Principal,
  userId: string,
  disabled: boolean,
  now: Date,
): Promise<Change<User>> {
  const before = await manageable(principal, userId);
  notSelf(principal, userId, '不能停用或启用本人账号');
  const tokenVersion = before.tokenVersion + (disabled ? 1 : 0);
  const after = await replaceUser(before, {
    ...before,
    disabled,
    tokenVersion,
    updatedAt: now.toISOString(),
  });
  const action = disabled ? 'disable' : 'enable';
  const summary = `${disabled ? '停用' : '启用'}账号 ${after.name}（${after.username}）`;
  return { result: view(after), audit: record(action, before, after, summary) };
}

/** A one-time password, shown once: the account must change it at its next login; old tokens stop working. */
export async function resetUserPassword(
  principal: Principal,
  userId: string,
  now: Date,
): Promise<Change<{ temporaryPassword: string }>> {
  const before = await manageable(principal, userId);
  notSelf(principal, userId, '请通过“修改密码”修改本人密码');
  const password = temporaryPassword();
  const passwordHash = await hashPassword(password);
  const next = { ...before, passwordHash, mustChangePassword: true, tokenVersion: before.tokenVersion + 1 };
  const after = await replaceUser(before, { ...next, updatedAt: now.toISOString() });
  await clearUserLocks(after.username); // the new password works at once, wherever the failures came from
  const summary = `重置账号 ${after.name}（${after.username}）的密码`;
  return { result: { temporaryPassword: password }, audit: record('resetPassword', before, after, summary) };
}
