import { type UserNameTokenItem, userNameToken } from '#functions/identity/store/entities/user-name-token';
import { logger } from '#functions/platform/logger';
import type { Role } from '#functions/platform/manifest-types';
import { batchUntilDone } from '#functions/platform/text-index/batches';
import { notePresence } from '#functions/platform/text-index/presence';
import { pairsOf, searchKey, tokensOf } from '#functions/platform/text-index/tokens';

/** What the user search index knows of an account. */
export interface UserIndexed {
  userId: string;
  username: string;
  name: string;
  role: Role;
  districtId?: string | undefined;
  townId?: string | undefined;
  disabled: boolean;
}

export type UserTokenKey = Pick<UserNameTokenItem, 'districtKey' | 'token' | 'role' | 'townKey' | 'userId'>;

/** The partition of accounts without a district (city admins). */
export const CITY_KEY = 'city';
/** The town of accounts without one. */
export const NO_TOWN = '-';
const CONCURRENT = 8;

/** 姓名或用户名包含: the name contains the search, or (two characters or more) the username does. */
export function matchesUserSearch(account: Pick<UserIndexed, 'name' | 'username'>, q: string): boolean {
  const key = searchKey(q);
  return (
    searchKey(account.name).includes(key) || (key.length >= 2 && searchKey(account.username).includes(key))
  );
}

const keyString = (key: object) => {
  const { districtKey, token, role, townKey, userId } = key as UserTokenKey;
  return [districtKey, token, role, townKey, userId].join('\u0001');
};

/** The tokens an account is found by: its name's characters and pairs, its username's pairs. */
export function userTokensOf(account: UserIndexed): UserNameTokenItem[] {
  const [name, username] = [searchKey(account.name), searchKey(account.username)];
  const shared = {
    districtKey: account.districtId ?? CITY_KEY,
    role: account.role,
    townKey: account.townId ?? NO_TOWN,
    userId: account.userId,
    text: `${name}\u0001${username}`,
    disabled: account.disabled,
  };
  return [...new Set([...tokensOf(name), ...pairsOf(username)])].map((token) => ({ ...shared, token }));
}

const fieldsOf = (token: UserNameTokenItem) =>
  JSON.stringify([
    token.districtKey,
    token.token,
    token.role,
    token.townKey,
    token.userId,
    token.text,
    token.disabled,
  ]);

/** Whether a stored token is exactly one the account gives now. */
export function isCurrentUserToken(token: UserNameTokenItem, account: UserIndexed | undefined): boolean {
  const wanted = account && userTokensOf(account).find((candidate) => candidate.token === token.token);
  return !!wanted && fieldsOf(wanted) === fieldsOf(token);
}

const keyOnly = ({ districtKey, token, role, townKey, userId }: UserTokenKey): UserTokenKey => ({
  districtKey,
  token,
  role,
  townKey,
  userId,
});

/** The user search index in the presence items (which districts have a token). */
export const USER_INDEX = 'user';

/** Puts tokens, their partitions' presence first (it may say more than is true, never less). */
export async function putUserTokens(tokens: readonly UserNameTokenItem[]) {
  await notePresence(
    USER_INDEX,
    tokens.map(({ token, districtKey }) => ({ token, partition: districtKey })),
  );
  await batchUntilDone(tokens, (batch) => userNameToken.put(batch).go({ concurrent: CONCURRENT }), keyString);
}

export const deleteUserTokens = (keys: readonly UserTokenKey[]) =>
  batchUntilDone(keys, (batch) => userNameToken.delete(batch).go({ concurrent: CONCURRENT }), keyString);

/** The tokens `stored` lacks or has wrong of what `accounts` give (the repair job's put). */
export async function missingUserTokens(accounts: readonly UserIndexed[]): Promise<UserNameTokenItem[]> {
  const wanted = accounts.flatMap(userTokensOf);
  const stored = await batchUntilDone(
    wanted.map(keyOnly),
    (keys) => userNameToken.get(keys).go({ concurrent: 4 }),
    keyString,
  );
  const present = new Map(stored.map((token) => [keyString(token), fieldsOf(token)]));
  return wanted.filter((token) => present.get(keyString(token)) !== fieldsOf(token));
}

/**
 * Runs an account's own write with its search tokens kept around it, as `withNameIndex` does for enterprises:
 * new tokens first, stale ones after; when the write fails, the tokens put for it are taken back unless the
 * account as it is now (`current`) has them too.
 */
export async function withUserNameIndex<T>(
  before: UserIndexed | null,
  after: UserIndexed,
  write: () => Promise<T>,
  current: () => Promise<UserIndexed | undefined>,
): Promise<T> {
  const [old, next] = [before ? userTokensOf(before) : [], userTokensOf(after)];
  if (old.map(fieldsOf).join() === next.map(fieldsOf).join()) return write();
  const nextKeys = new Set(next.map(keyString));
  await putUserTokens(next);
  let result: T;
  try {
    result = await write();
  } catch (error) {
    await takeBack(next, old, current);
    throw error;
  }
  await deleteUserTokens(old.filter((token) => !nextKeys.has(keyString(token))).map(keyOnly));
  return result;
}

async function takeBack(
  put: readonly UserNameTokenItem[],
  old: readonly UserNameTokenItem[],
  current: () => Promise<UserIndexed | undefined>,
) {
  try {
    const now = await current();
    const kept = new Set([...old, ...(now ? userTokensOf(now) : [])].map(keyString));
    await deleteUserTokens(put.filter((token) => !kept.has(keyString(token))).map(keyOnly));
  } catch (error) {
    logger.warn('user index: tokens of a failed write left for the repair job', { error: String(error) });
  }
}
