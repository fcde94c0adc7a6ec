import { canManageUser } from '#functions/identity/domain/roles';
import type { User } from '#functions/identity/schemas/users';
import { user } from '#functions/identity/store/entities/user';
import { type UserNameTokenItem, userNameToken } from '#functions/identity/store/entities/user-name-token';
import {
  CITY_KEY,
  isCurrentUserToken,
  matchesUserSearch,
  USER_INDEX,
} from '#functions/identity/store/user-name-index';
import { rolesIn, type UserFilter, type UserListPlace } from '#functions/identity/store/user-places';
import { type UserRecord, userView } from '#functions/identity/store/users';
import { districtIds } from '#functions/platform/districts';
import type { Page, PageRequest } from '#functions/platform/pager';
import type { Principal } from '#functions/platform/principal';
import { mainTable } from '#functions/platform/tables';
import { batchUntilDone } from '#functions/platform/text-index/batches';
import { searchPage, type TokenIndex } from '#functions/platform/text-index/search';
import { tokenQuery } from '#functions/platform/text-index/tokens';

/** The accounts behind `ids` (BatchGetItem), by id. */
async function usersById(ids: readonly string[]): Promise<Map<string, UserRecord>> {
  const keys = [...new Set(ids)].map((userId) => ({ userId }));
  const found = await batchUntilDone(
    keys,
    (batch) => user.get(batch).go({ concurrent: 4 }),
    (key) => (key as { userId: string }).userId,
  );
  return new Map(found.map((record) => [record.userId, record]));
}

const fitsFilter = (account: UserRecord, filter: UserFilter & { q: string }) =>
  (!filter.role || account.role === filter.role) &&
  (!filter.districtId || account.districtId === filter.districtId) &&
  (!filter.townId || account.townId === filter.townId) &&
  (filter.disabled === undefined || account.disabled === filter.disabled) &&
  matchesUserSearch(account, filter.q);

/** Beyond any town key: `role_districtadmin#townkey_￿` sorts after every district admin's token. */
const LAST = '\uffff';

/**
 * The user name index inside a placed list (`placeUserList`): the district's token partition (the city: its
 * districts and the partition of accounts without one); one role a sort-key prefix (with its town), a district
 * admin's roles the range after the admins, a town without a role and `disabled` filters on the token.
 */
function userTokenIndex(
  principal: Principal,
  place: UserListPlace,
  filter: UserFilter & { q: string },
): TokenIndex<UserNameTokenItem, User> {
  const { disabled, role } = filter;
  const town = place.level === 'town' ? place.townId : undefined;
  const whole = place.roles.length === rolesIn[place.level].length;
  const byTown = town !== undefined && !role;
  return {
    kind: USER_INDEX,
    table: mainTable,
    parts:
      place.level === 'city'
        ? [...districtIds, ...(place.roles.includes('cityAdmin') ? [CITY_KEY] : [])]
        : [place.districtId as string],
    queryOf: (districtKey, token, match) => {
      const base = userNameToken.query.byToken({ districtKey, token });
      const ranged = role
        ? userNameToken.query.byToken({ districtKey, token, role, ...(town ? { townKey: town } : {}) })
        : whole || town
          ? base
          : base.gt({ role: 'districtAdmin', townKey: LAST });
      const terms = match && (disabled !== undefined || match.key || byTown);
      if (!terms) return ranged;
      return ranged.where((a, op) =>
        [
          byTown ? op.eq(a.townKey, town) : '',
          disabled !== undefined ? op.eq(a.disabled, disabled) : '',
          match.key ? op.contains(a.text, match.key) : '',
        ]
          .filter(Boolean)
          .join(' AND '),
      );
    },
    filtered: disabled !== undefined || byTown,
    recordsOf: async (tokens) => {
      const accounts = await usersById(tokens.map((token) => token.userId));
      return tokens.flatMap((token) => {
        const account = accounts.get(token.userId);
        const fits =
          account &&
          isCurrentUserToken(token, account) &&
          canManageUser(principal, account) &&
          fitsFilter(account, filter);
        return fits ? [userView(account, { fullPhone: false })] : [];
      });
    },
  };
}

/** One page of the accounts a caller manages whose name or username contains `filter.q`, through the index. */
export async function searchUsers(
  principal: Principal,
  place: UserListPlace,
  filter: UserFilter & { q: string },
  request: PageRequest,
): Promise<Page<User>> {
  const query = tokenQuery(filter.q);
  if (!query) return { data: [], nextCursor: null };
  return searchPage(query, userTokenIndex(principal, place, filter), request);
}
