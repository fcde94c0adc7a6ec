import { agencyExists } from '#functions/agencies/index';
import { enterprisePlacement } from '#functions/enterprises/index';
import { manageableRoles, roleLabels } from '#functions/identity/domain/roles';
import { findGrid, findTown } from '#functions/org/index';
import { districtIds } from '#functions/platform/districts';
import { ForbiddenError, ValidationError } from '#functions/platform/errors';
import type { Role } from '#functions/platform/manifest-types';
import type { Principal } from '#functions/platform/principal';

export interface AccountScope {
  districtId?: string;
  townId?: string;
  gridId?: string;
  enterpriseId?: string;
  agencyId?: string;
}

export interface ScopeInput extends AccountScope {
  role: Role;
}

const fieldError = (field: string, message: string, code = 'invalid_scope') =>
  new ValidationError([{ path: `body.${field}`, message, code }], message);

/** A value the caller gave must agree with the one derived from the town, grid or enterprise. */
function agree(input: ScopeInput, derived: AccountScope, fields: (keyof AccountScope)[]): AccountScope {
  for (const field of fields) {
    const given = input[field];
    if (given && given !== derived[field])
      throw fieldError(field, '所属辖区与所选镇（街道）、网格或企业不一致');
  }
  return derived;
}

/**
 * The scope an account of `input.role` gets: exactly the fields its role carries, derived from the town, grid
 * or enterprise it names (which must exist). Empty strings count as absent.
 */
export async function scopeForRole(input: ScopeInput): Promise<AccountScope> {
  const { districtId, townId, gridId, enterpriseId, agencyId } = input;
  switch (input.role) {
    case 'cityAdmin':
      return {};
    case 'districtAdmin':
      if (!districtId || !(districtIds as readonly string[]).includes(districtId))
        throw fieldError('districtId', '请选择所属辖市（区）');
      return { districtId };
    case 'townOfficer': {
      const town = townId ? await findTown(townId) : undefined;
      if (!town) throw fieldError('townId', '请选择存在的镇（街道）');
      return agree(input, { districtId: town.districtId, townId: town.townId }, ['districtId']);
    }
    case 'gridMember': {
      const grid = gridId ? await findGrid(gridId) : undefined;
      if (!grid) throw fieldError('gridId', '请选择存在的网格');
      const derived = { districtId: grid.districtId, townId: grid.townId, gridId: grid.gridId };
      return agree(input, derived, ['districtId', 'townId']);
    }
    case 'enterpriseUser': {
      const placement = enterpriseId ? await enterprisePlacement(enterpriseId) : undefined;
      if (!enterpriseId || !placement) throw fieldError('enterpriseId', '请选择存在的企业');
      return agree(input, { districtId: placement.districtId, enterpriseId }, ['districtId']);
    }
    case 'agencyUser': {
      if (!agencyId || !(await agencyExists(agencyId))) throw fieldError('agencyId', '请选择存在的中介机构');
      return { agencyId };
    }
  }
}

/**
 * Checks that `principal` may hold an account of this role and scope: a role it does not manage, or another
 * district, is 403 with a message saying so (creation and changes; existing accounts outside scope are 404).
 */
export async function placeAccount(principal: Principal, input: ScopeInput): Promise<AccountScope> {
  if (!manageableRoles(principal).includes(input.role))
    throw new ForbiddenError(`当前账号不能管理“${roleLabels[input.role]}”账号`);
  const scope = await scopeForRole(input);
  if (principal.role === 'districtAdmin' && scope.districtId !== principal.districtId)
    throw new ForbiddenError('只能管理本辖市（区）的账号');
  return scope;
}
