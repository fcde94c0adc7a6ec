import { manageableRoles } from '#functions/identity/domain/roles';
import type { User } from '#functions/identity/schemas/users';
import { user } from '#functions/identity/store/entities/user';
import { userView } from '#functions/identity/store/users';
import type { Role } from '#functions/platform/manifest-types';
import { fixedPage, type Page, type PageRequest, readPage } from '#functions/platform/pager';
import type { Principal } from '#functions/platform/principal';
import { listScope, scopedFilter } from '#functions/platform/scope';
import { mainTable } from '#functions/platform/tables';

export interface UserFilter {
  role?: Role | undefined;
  districtId?: string | undefined;
  townId?: string | undefined;
  disabled?: boolean | undefined;
  q?: string | undefined;
}

/**
 * The accounts a caller manages, newest first within each role, phones masked. Index per filter: town (gsi3),
 * district (gsi2) or city (gsi1), with the role as sort-key prefix; disabled, name and — for a district
 * admin — "not an admin" are filters on that index. Filters outside the caller's scope give an empty page.
 */
export async function listUsers(
  principal: Principal,
  filter: UserFilter,
  request: PageRequest,
): Promise<Page<User>> {
  const roles = manageableRoles(principal);
  const scoped = scopedFilter(listScope(principal), filter, [
    'districtId',
    'townId',
    'gridId',
    'enterpriseId',
  ]);
  if (!scoped || roles.length === 0 || (filter.role && !roles.includes(filter.role)))
    return fixedPage(request);
  const { districtId } = scoped;
  const role = filter.role ? { role: filter.role } : {};
  const query = filter.townId
    ? user.query.byTown({ townId: filter.townId, ...role })
    : districtId
      ? user.query.byDistrict({ districtId, ...role })
      : user.query.byCity(role);
  const admins: Role[] = ['cityAdmin', 'districtAdmin'];
  const hiddenRoles = filter.role ? [] : admins.filter((admin) => !roles.includes(admin));
  const districtFilter = filter.townId ? districtId : undefined;
  const filtered = query.where((a, op) =>
    [
      districtFilter ? op.eq(a.districtId, districtFilter) : '',
      filter.disabled !== undefined ? op.eq(a.disabled, filter.disabled) : '',
      filter.q ? op.contains(a.name, filter.q) : '',
      ...hiddenRoles.map((hidden) => op.ne(a.role, hidden)),
    ]
      .filter(Boolean)
      .join(' AND '),
  );
  const isFiltered = !!(districtFilter || filter.disabled !== undefined || filter.q || hiddenRoles.length);
  return readPage({ table: mainTable, query: filtered }, { ...request, filtered: isFiltered }, (item) =>
    userView(item, { fullPhone: false }),
  );
}
