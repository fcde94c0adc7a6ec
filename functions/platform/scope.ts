import type { Principal } from '#functions/platform/principal';

/** Where a record sits in the organization; enterprises fill all of it, towns only the district. */
export interface Placement {
  districtId?: string | null;
  townId?: string | null;
  gridId?: string | null;
  enterpriseId?: string | null;
  /** Only agency records (中介机构) carry it: an agency user sees its own agency's. */
  agencyId?: string | null;
}

/**
 * What a principal may read (DOMAIN.md, "Roles and scopes"): the whole city, one district, one town (in its
 * district), one grid (in its town and district), one enterprise, or one agency (中介机构). A principal that lacks the scope fields its
 * role needs reads nothing.
 */
export type ListScope =
  | { kind: 'all' }
  | { kind: 'district'; districtId: string }
  | { kind: 'town'; districtId: string; townId: string }
  | { kind: 'grid'; districtId: string; townId: string; gridId: string }
  | { kind: 'enterprise'; enterpriseId: string }
  | { kind: 'agency'; agencyId: string }
  | { kind: 'none' };

export type ScopeField = 'districtId' | 'townId' | 'gridId' | 'enterpriseId' | 'agencyId';

/** The list rule: which part of the organization `principal` may list. */
export function listScope(principal: Principal): ListScope {
  const { districtId, townId, gridId, enterpriseId, agencyId } = principal;
  switch (principal.role) {
    case 'cityAdmin':
      return { kind: 'all' };
    case 'districtAdmin':
      return districtId ? { kind: 'district', districtId } : { kind: 'none' };
    case 'townOfficer':
      return districtId && townId ? { kind: 'town', districtId, townId } : { kind: 'none' };
    case 'gridMember':
      return districtId && townId && gridId ? { kind: 'grid', districtId, townId, gridId } : { kind: 'none' };
    case 'enterpriseUser':
      return enterpriseId ? { kind: 'enterprise', enterpriseId } : { kind: 'none' };
    case 'agencyUser':
      return agencyId ? { kind: 'agency', agencyId } : { kind: 'none' };
    default:
      return { kind: 'none' };
  }
}

/** The field a scope is keyed on: a record is in the scope when it has this value there. */
const keyField = {
  district: 'districtId',
  town: 'townId',
  grid: 'gridId',
  enterprise: 'enterpriseId',
  agency: 'agencyId',
} as const;

/** The placement fields a scope fixes: its key field and the fields of what encloses it. */
function pinsOf(scope: ListScope): Partial<Record<ScopeField, string>> {
  switch (scope.kind) {
    case 'district':
      return { districtId: scope.districtId };
    case 'town':
      return { districtId: scope.districtId, townId: scope.townId };
    case 'grid':
      return { districtId: scope.districtId, townId: scope.townId, gridId: scope.gridId };
    case 'enterprise':
      return { enterpriseId: scope.enterpriseId };
    case 'agency':
      return { agencyId: scope.agencyId };
    default:
      return {};
  }
}

/**
 * A list filter with a scope's fields pinned: the scope fields are plain strings, as the principal carries
 * them, even where the filter's own type is narrower (a query's `districtId` is one of the 7 districts).
 */
export type Scoped<F> = Omit<F, ScopeField> & Partial<Record<ScopeField, string>>;

/**
 * A list filter intersected with a scope: the filter with the scope's fields pinned, or null when the two do
 * not meet (a district admin filtering another district, a town officer listing records that carry no town):
 * the caller answers an empty page. `carries` are the placement fields the listed records have; a scope keyed
 * on a field the records do not carry sees none of them, as in `inScope`.
 */
export function scopedFilter<F extends Partial<Record<ScopeField, string | undefined>>>(
  scope: ListScope,
  filter: F,
  carries: readonly ScopeField[],
): Scoped<F> | null {
  if (scope.kind === 'none') return null;
  if (scope.kind === 'all') return filter;
  if (!carries.includes(keyField[scope.kind])) return null;
  const pins = Object.entries(pinsOf(scope)).filter(([field]) => carries.includes(field as ScopeField));
  for (const [field, value] of pins) {
    const asked = filter[field as ScopeField];
    if (asked !== undefined && asked !== value) return null;
  }
  return { ...filter, ...Object.fromEntries(pins) };
}

/**
 * Whether `principal` may see a record placed at `placement` (the record rule; the same scopes as the list
 * rule). A scope field the record does not have never matches: a town officer does not see a district-level
 * record.
 */
export function inScope(principal: Principal, placement: Placement): boolean {
  const scope = listScope(principal);
  if (scope.kind === 'all') return true;
  if (scope.kind === 'none') return false;
  const field = keyField[scope.kind];
  return placement[field] === pinsOf(scope)[field];
}
