import type { EntityItem } from 'electrodb';
import type { Me } from '#functions/identity/schemas/auth';
import type { User } from '#functions/identity/schemas/users';
import { user } from '#functions/identity/store/entities/user';
import { usernameClaim } from '#functions/identity/store/entities/username-claim';
import { withUserNameIndex } from '#functions/identity/store/user-name-index';
import { now as clockNow } from '#functions/platform/clock';
import { isConditionFailure } from '#functions/platform/conditions';
import { ConflictError } from '#functions/platform/errors';
import { newId } from '#functions/platform/ids';
import { maskPhone } from '#functions/platform/phone';
import type { Principal } from '#functions/platform/principal';

export type UserRecord = EntityItem<typeof user>;

/** What a new account needs; scope fields must already match the role (see user-placement). */
export type NewUser = Omit<UserRecord, 'userId' | 'createdAt' | 'updatedAt' | 'tokenVersion'> & {
  userId?: string;
};

const scopeOf = (record: UserRecord) => ({
  ...(record.districtId ? { districtId: record.districtId } : {}),
  ...(record.townId ? { townId: record.townId } : {}),
  ...(record.gridId ? { gridId: record.gridId } : {}),
  ...(record.enterpriseId ? { enterpriseId: record.enterpriseId } : {}),
  ...(record.agencyId ? { agencyId: record.agencyId } : {}),
});

/** The API view: never the password hash or token version; the phone masked unless `fullPhone`. */
export function userView(record: UserRecord, { fullPhone }: { fullPhone: boolean }): User {
  const phone = fullPhone ? record.phone : maskPhone(record.phone);
  return {
    id: record.userId,
    username: record.username,
    name: record.name,
    role: record.role,
    ...scopeOf(record),
    isPrincipal: record.isPrincipal,
    ...(phone ? { phone } : {}),
    disabled: record.disabled,
    mustChangePassword: record.mustChangePassword,
    createdAt: record.createdAt,
    updatedAt: record.updatedAt,
  };
}

export function meView(record: UserRecord): Me {
  return {
    id: record.userId,
    username: record.username,
    name: record.name,
    role: record.role,
    scope: scopeOf(record),
    isPrincipal: record.isPrincipal,
    mustChangePassword: record.mustChangePassword,
    ...(record.phone ? { phone: record.phone } : {}),
  };
}

/** The caller as the account is now, not as the token remembers it: role and scope changes apply at once. */
export function principalOf(record: UserRecord): Principal {
  const { userId, username, name, role } = record;
  // Read here with the account on every request, so a scan needs no second read of the same user item.
  const flag = role === 'enterpriseUser' && record.isPrincipal ? { enterprisePrincipal: true as const } : {};
  return { userId, username, name, role, ...scopeOf(record), ...flag };
}

export async function findUserById(userId: string): Promise<UserRecord | undefined> {
  const { data } = await user.get({ userId }).go({ consistent: true });
  return data ?? undefined;
}

export async function findUserByUsername(username: string): Promise<UserRecord | undefined> {
  const { data: claim } = await usernameClaim.get({ username }).go({ consistent: true });
  return claim ? findUserById(claim.userId) : undefined;
}

/**
 * Writes a new account without scope checks (callers check, or are the seed and test fixtures). The username
 * claim comes first: if the account write then fails, the claim is released again.
 */
export async function insertUser(input: NewUser, now = clockNow()): Promise<UserRecord> {
  const userId = input.userId ?? newId(now);
  const at = now.toISOString();
  try {
    await usernameClaim.create({ username: input.username, userId, claimedAt: at }).go();
  } catch (error) {
    if (isConditionFailure(error)) throw new ConflictError('USERNAME_TAKEN', '该用户名已被使用，请换一个');
    throw error;
  }
  try {
    const account = { ...input, userId, tokenVersion: 0, createdAt: at, updatedAt: at };
    const write = async () => (await user.create(account).go()).data;
    return await withUserNameIndex(null, account, write, () => findUserById(userId));
  } catch (error) {
    await usernameClaim.delete({ username: input.username }).go();
    throw error;
  }
}

/** Replaces an account if nobody changed it since `previous` was read (optimistic concurrency). */
export async function replaceUser(previous: UserRecord, next: UserRecord): Promise<UserRecord> {
  try {
    const write = async () =>
      (
        await user
          .put(next)
          .where((attr, op) => op.eq(attr.updatedAt, previous.updatedAt))
          .go()
      ).data;
    return await withUserNameIndex(previous, next, write, () => findUserById(next.userId));
  } catch (error) {
    if (isConditionFailure(error))
      throw new ConflictError('EDIT_CONFLICT', '该用户刚被他人修改，请刷新后重试');
    throw error;
  }
}
