import type { User } from '#functions/identity/schemas/users';
import { user } from '#functions/identity/store/entities/user';
import {
  placeUserList,
  rolesIn,
  type UserFilter,
  type UserListPlace,
} from '#functions/identity/store/user-places';
import { searchUsers } from '#functions/identity/store/user-search';
import { userView } from '#functions/identity/store/users';
import type { Role } from '#functions/platform/manifest-types';
import { fixedPage, type Page, type PageRequest, readPages } from '#functions/platform/pager';
import type { Principal } from '#functions/platform/principal';
import { mainTable } from '#functions/platform/tables';

/**
 * The roles whose sort keys come after every district admin's (`role_districtadmin#…` < `role_enterpriseuser…`):
 * what a district admin manages, one `>` range of its district's partition.
 */
const afterAdmins: readonly Role[] = ['townOfficer', 'gridMember', 'enterpriseUser'];
/** Beyond any user id in a key: `role_districtadmin#userid_￿` sorts after every district admin. */
const LAST = '\uffff';

/**
 * The index partitions of a user list: the whole partition when the caller sees every role in it, the role's
 * range for one role, the range after the admins for a district admin; so that "not an admin" is the key's,
 * not a filter's, and a district admin's first page is one Query.
 */
function partitionsOf(place: UserListPlace) {
  const query = (role?: Role) => {
    const byRole = role ? { role } : {};
    if (place.level === 'town') return user.query.byTown({ townId: place.townId as string, ...byRole });
    if (place.level === 'district')
      return user.query.byDistrict({ districtId: place.districtId as string, ...byRole });
    return user.query.byCity(byRole);
  };
  if (place.roles.length === rolesIn[place.level].length) return [query()];
  const managedByDistrict =
    place.level === 'district' &&
    afterAdmins.every((role) => place.roles.includes(role)) &&
    place.roles.length === 3;
  if (managedByDistrict)
    return [
      user.query
        .byDistrict({ districtId: place.districtId as string })
        .gt({ role: 'districtAdmin', userId: LAST }),
    ];
  return place.roles.map((role) => query(role));
}

/**
 * The accounts a caller manages, newest first within each role, phones masked: a town's (gsi3), a district's
 * (gsi2) or the city's (gsi1), the role a sort-key prefix. Only `disabled` is a filter expression; a search
 * (`q`, 姓名或用户名包含) goes through the user name index. Filters outside the caller's scope give an empty page.
 */
export async function listUsers(
  principal: Principal,
  filter: UserFilter,
  request: PageRequest,
): Promise<Page<User>> {
  const place = await placeUserList(principal, filter);
  if (!place || place.roles.length === 0) return fixedPage(request);
  if (filter.q) return searchUsers(principal, place, { ...filter, q: filter.q }, request);
  const { disabled } = filter;
  const partitions = partitionsOf(place).map((query) => ({
    table: mainTable,
    query: disabled === undefined ? query : query.where((a, op) => op.eq(a.disabled, disabled)),
  }));
  return readPages(partitions, { ...request, filtered: disabled !== undefined }, (item) =>
    userView(item, { fullPhone: false }),
  );
}
