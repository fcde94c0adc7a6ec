import { user } from '#functions/identity/store/entities/user';
import { type UserNameTokenItem, userNameToken } from '#functions/identity/store/entities/user-name-token';
import {
  deleteUserTokens,
  isCurrentUserToken,
  missingUserTokens,
  putUserTokens,
  USER_INDEX,
  userTokensOf,
} from '#functions/identity/store/user-name-index';
import type { UserRecord } from '#functions/identity/store/users';
import { batchUntilDone } from '#functions/platform/text-index/batches';
import { ensurePresence, prunePresence } from '#functions/platform/text-index/presence';

const PAGE = 2000;

export interface UserIndexRepair {
  users: number;
  tokensPut: number;
  tokensDeleted: number;
}

type Scanned<T> = { data: T[]; cursor: string | null };

/** Every page of a parallel-scan segment of one entity's items (`scan` reads one DynamoDB page each call). */
async function forEachPage<T>(
  scan: (cursor: string | null) => Promise<Scanned<T>>,
  use: (items: T[]) => Promise<void>,
) {
  let cursor: string | null = null;
  do {
    const page: Scanned<T> = await scan(cursor);
    await use(page.data);
    cursor = page.cursor;
  } while (cursor);
}

/**
 * Makes the user search index agree with the accounts, for segment `segment` of `totalSegments` of a parallel
 * table scan: every account of the segment has its tokens, no token of the segment outlives its account's state.
 */
export async function repairUserNameIndex(segment = 0, totalSegments = 1): Promise<UserIndexRepair> {
  const result: UserIndexRepair = { users: 0, tokensPut: 0, tokensDeleted: 0 };
  const params = { Segment: segment, TotalSegments: totalSegments };
  await forEachPage<UserRecord>(
    (cursor) => user.scan.go({ cursor, limit: PAGE, pages: 1, params }),
    async (accounts) => {
      const missing = await missingUserTokens(accounts);
      await putUserTokens(missing);
      const occurrences = accounts
        .flatMap(userTokensOf)
        .map(({ token, districtKey }) => ({ token, partition: districtKey }));
      result.users += accounts.length;
      result.tokensPut += missing.length + (await ensurePresence(USER_INDEX, occurrences));
    },
  );
  await forEachPage<UserNameTokenItem>(
    (cursor) => userNameToken.scan.go({ cursor, limit: PAGE, pages: 1, params }),
    async (tokens) => {
      const ids = [...new Set(tokens.map((token) => token.userId))].map((userId) => ({ userId }));
      const accounts = await batchUntilDone(
        ids,
        (keys) => user.get(keys).go({ concurrent: 4 }),
        (key) => (key as { userId: string }).userId,
      );
      const byId = new Map(accounts.map((account) => [account.userId, account]));
      const stale = tokens.filter((token) => !isCurrentUserToken(token, byId.get(token.userId)));
      await deleteUserTokens(stale);
      result.tokensDeleted += stale.length;
    },
  );
  result.tokensDeleted += await prunePresence(USER_INDEX, segment, totalSegments, partitionHasToken);
  return result;
}

/** Whether partition `districtKey` still has any token `token` (the presence clean-up asks). */
const partitionHasToken = async (token: string, districtKey: string) =>
  (await userNameToken.query.byToken({ districtKey, token }).go({ limit: 1, pages: 1 })).data.length > 0;
