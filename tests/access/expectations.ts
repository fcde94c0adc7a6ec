import type { Role } from '#functions/platform/manifest-types';
import type { Actor, Ownership } from './world';

/** Which targets each role sees, per kind of record (DOMAIN.md, "Roles and scopes"), actors placed in 武进区 town A. */
export type Kind =
  | 'enterprise'
  | 'town'
  | 'grid'
  | 'user'
  | 'importTask'
  | 'exportTask'
  | 'message'
  // photos
  | 'photo'
  // labels
  | 'labelSheet'
  // risk-points
  | 'riskClass'
  | 'riskPoint'
  // scans
  | 'scan'
  // hazards
  | 'hazard'
  // tasks: a town's task (read), and a task to complete (only its assignee finds it)
  | 'task'
  | 'assignedTask'
  // dust-sites
  | 'dustSite'
  // agencies (中介机构): own = the agency user's (武进区), sameDistrict = another of 武进区, otherDistrict = 溧阳市's
  | 'agency'
  // agency notices: own = a 武进区 notice of the agency user's deduction, sameDistrict = a 武进区 notice of another
  // agency's, otherDistrict = a 溧阳市 notice
  | 'agencyNotice'
  // agency-deductions: a fresh deduction (or appeal) of the world's agency at the ownership, issued by 武进区 for
  // the 武进区 agencies and by the city for 溧阳市's
  | 'agencyDeduction'
  | 'agencyAppeal'
  // patrols: a patrol (seen where its enterprise is); an enterprise a grid member may patrol (its own grid's);
  // a district's form additions and patrol plan (own and sameDistrict = 武进区, otherDistrict = 溧阳市)
  | 'patrol'
  | 'patrolTarget'
  | 'districtSetting'
  // campaigns (自查清单): own = a 武进区 campaign, sameDistrict = the city's to 武进区 (a send cell: another 武进区
  // one), otherDistrict = a 溧阳市 campaign; `campaignTargeted`: one sent to the enterprise user's enterprise
  | 'campaign'
  | 'campaignTargeted';

const all: readonly Ownership[] = ['own', 'sameDistrict', 'otherDistrict'];
const district: readonly Ownership[] = ['own', 'sameDistrict'];
const own: readonly Ownership[] = ['own'];

export const visibility: Record<Kind, Partial<Record<Role, readonly Ownership[]>>> = {
  enterprise: {
    cityAdmin: all,
    districtAdmin: district,
    townOfficer: own,
    gridMember: own,
    enterpriseUser: own,
  },
  town: { cityAdmin: all, districtAdmin: district, townOfficer: own, gridMember: own },
  grid: { cityAdmin: all, districtAdmin: district, townOfficer: own, gridMember: own },
  user: { cityAdmin: all, districtAdmin: district },
  // own = a task the actor started; sameDistrict = one the 武进区 admin started; otherDistrict = 溧阳市's admin
  importTask: { cityAdmin: all, districtAdmin: district },
  exportTask: { cityAdmin: all, districtAdmin: district, townOfficer: own, gridMember: own },
  // A message's district decides: own and sameDistrict = 武进区 messages, otherDistrict = 溧阳市's
  message: { cityAdmin: all, districtAdmin: district },
  // photos: a photo is seen where its enterprise is (own = the actors' enterprise in 武进区 town A)
  photo: { cityAdmin: all, districtAdmin: district, townOfficer: own, gridMember: own, enterpriseUser: own },
  // labels: own = a sheet the actor started; sameDistrict = the 武进区 admin's; otherDistrict = 溧阳市's admin's
  labelSheet: {
    cityAdmin: all,
    districtAdmin: district,
    townOfficer: own,
    gridMember: own,
    enterpriseUser: own,
  },
  // risk-points: the dictionary is everyone's; a point is seen where its enterprise is
  riskClass: { cityAdmin: all, districtAdmin: all, townOfficer: all, gridMember: all, enterpriseUser: all },
  riskPoint: {
    cityAdmin: all,
    districtAdmin: district,
    townOfficer: own,
    gridMember: own,
    enterpriseUser: own,
  },
  // scans: a scan is seen where its enterprise is; only the enterprise's own user may scan its points
  scan: {
    cityAdmin: all,
    districtAdmin: district,
    townOfficer: own,
    gridMember: own,
    enterpriseUser: own,
  },
  // hazards: a hazard is seen where it was found (its enterprise's place)
  hazard: { cityAdmin: all, districtAdmin: district, townOfficer: own, gridMember: own, enterpriseUser: own },
  // tasks: a town task is read by its town, its district and the city; completed only by its assignee (the
  // row makes a task at the actor's level: a district admin's in the target's district); the city completes none
  task: { cityAdmin: all, districtAdmin: district, townOfficer: own },
  assignedTask: { districtAdmin: district, townOfficer: own },
  // dust-sites: a site is seen where its enterprise is
  dustSite: {
    cityAdmin: all,
    districtAdmin: district,
    townOfficer: own,
    gridMember: own,
    enterpriseUser: own,
  },
  // agencies: the city every one, a district admin those registered (or working) in its district, an agency user its own
  agency: { cityAdmin: all, districtAdmin: district, agencyUser: own },
  // agency notices: the city every one, a district admin its district's, an agency user the published ones naming it
  agencyNotice: { cityAdmin: all, districtAdmin: district, agencyUser: own },
  // agency-deductions: the city every one, a district admin what its district issued or of agencies it reaches,
  // an agency user its own agency's
  agencyDeduction: { cityAdmin: all, districtAdmin: district, agencyUser: own },
  agencyAppeal: { cityAdmin: all, districtAdmin: district, agencyUser: own },
  // patrols: read by the supervisors in scope (not the enterprise); recorded by the grid member in its grid
  patrol: { cityAdmin: all, districtAdmin: district, townOfficer: own, gridMember: own },
  patrolTarget: { gridMember: own },
  districtSetting: { cityAdmin: all, districtAdmin: district },
  // campaigns: the city every one, a district admin its district's and the city's to it; the enterprise user
  // those sent to its enterprise (own and sameDistrict reach 武进区's enterprises)
  campaign: { cityAdmin: all, districtAdmin: district },
  campaignTargeted: { enterpriseUser: district },
};

/** Creating in another district: a district admin is refused with 403 (the 7 districts are public), or 400 when the place is a body reference. */
export const createElsewhere: Record<string, number> = {
  'POST /api/enterprises': 403,
  'POST /api/towns': 403,
  'POST /api/grids': 400,
  'POST /api/users': 403,
  // risk-points: the enterprise is a body reference (an enterprise user's, only its own)
  'POST /api/risk-points': 400,
  // hazards: an enterprise out of scope is not found (its existence does not leak)
  'POST /api/hazards': 404,
  // dust-sites: the enterprise is a body reference
  'POST /api/dust-sites': 400,
  // zeroing: a district admin's check of another district's listed enterprise is not found (its listing does not leak)
  'POST /api/zeroing-campaigns/{id}/checks': 404,
  // agencies: the registered district is a body field
  'POST /api/agencies': 400,
  // agency notices: the deductions are body references (a district groups only those it issued)
  'POST /api/agency-notices': 400,
  // campaigns: the target district is a body (or query) field
  'POST /api/campaigns': 400,
  'GET /api/campaign-targets/count': 400,
};

export function sees(kind: Kind, actor: Actor, ownership: Ownership): boolean {
  if (actor === 'anonymous') return false;
  return visibility[kind][actor]?.includes(ownership) ?? false;
}

/** The kinds of row the list routes return (GET routes answering a page `{ data, nextCursor }`). */
export type ListKind =
  | 'district'
  | 'town'
  | 'grid'
  | 'enterprise'
  | 'user'
  | 'message'
  | 'audit'
  // risk-points
  | 'riskClass'
  | 'riskPoint'
  // scans
  | 'scan'
  // hazards
  | 'hazard'
  // tasks
  | 'task'
  // dust-sites
  | 'dustSite'
  // dust-cleanings: cleanings and the review queue's items, both keyed by cleaningId
  | 'dustCleaning'
  // agencies: agencies (placed by their registered district and their own id); the rules are everyone's
  | 'agency'
  | 'agencyRule'
  // agency notices: placed by the issuing district (none for the city's) and the agency they name
  | 'agencyNotice'
  // agency-deductions: placed by the issuing district (a district admin lists what it issued) and the agency
  | 'agencyDeduction'
  | 'agencyAppeal'
  // zeroing: the city's campaigns (everyone allowed lists them all); a listed enterprise and a check, placed where
  // the enterprise is
  | 'zeroingCampaign'
  | 'zeroingEntry'
  | 'zeroingCheck'
  // patrols: patrols (placed by their enterprise) and the districts' patrol plans (by district)
  | 'patrol'
  | 'patrolPlan'
  // patrol-insights: a repeated finding is placed where its enterprise is
  | 'repeatedFinding'
  // campaigns: a campaign is placed by its owner district or its target district (the world has no city
  // campaign to every district); a target where its enterprise is
  | 'campaign'
  | 'campaignTarget'
  // grid-coverage: an active enterprise outside the grid, placed where it is (no grid)
  | 'outsideEnterprise';

/** Where a row or an actor sits in the organization; a level it has not is absent. */
export interface Placement {
  districtId?: string | undefined;
  townId?: string | undefined;
  gridId?: string | undefined;
  enterpriseId?: string | undefined;
  /** Agency records and agency accounts: the agency (中介机构). */
  agencyId?: string | undefined;
  /** Accounts only: the account's role (a district admin manages no admin accounts). */
  role?: Role | undefined;
}
type Level = 'districtId' | 'townId' | 'gridId' | 'enterpriseId' | 'agencyId';
const levels: readonly Level[] = ['districtId', 'townId', 'gridId', 'enterpriseId', 'agencyId'];

/** The level each role's scope is (DOMAIN.md, "Roles and scopes"): one district, town, grid or enterprise. */
const scopeLevel: Record<Exclude<Role, 'cityAdmin'>, Level> = {
  districtAdmin: 'districtId',
  townOfficer: 'townId',
  gridMember: 'gridId',
  enterpriseUser: 'enterpriseId',
  agencyUser: 'agencyId',
};

/** The accounts a district admin manages. */
const districtManaged: readonly Role[] = ['townOfficer', 'gridMember', 'enterpriseUser'];

/** Org-unit rows, compared at their own level when it is above the actor's (a grid member's town). */
const unitLevel: Partial<Record<ListKind, Level>> = {
  town: 'townId',
  grid: 'gridId',
  enterprise: 'enterpriseId',
};

/**
 * Whether a row placed at `row` may appear in `actor`'s list of `kind` (written by hand from DOMAIN.md, "Roles
 * and scopes"; lists are silently restricted to the scope):
 * - the city admin sees every row; the 7 districts are a fixed public list every caller sees whole;
 * - anyone else sees a row when it sits in the actor's scope: the row's field at the actor's level (district,
 *   town, grid, enterprise) equals the actor's. A row without that field never matches (a district admin does
 *   not see a city-level message, audit entry or account);
 * - an org unit above the actor's level is compared at its own level: a grid member sees its grid's town
 *   (and no sibling town), an enterprise user its enterprise;
 * - accounts (docs/decisions.md, "Who manages accounts"): a district admin lists the town officers, grid members
 *   and enterprise users of its district, never an admin account (its own included).
 */
export function seesRow(kind: ListKind, actor: Actor, actorPlace: Placement, row: Placement): boolean {
  if (actor === 'anonymous') return false;
  if (
    actor === 'cityAdmin' ||
    kind === 'district' ||
    kind === 'riskClass' ||
    kind === 'agencyRule' ||
    kind === 'zeroingCampaign'
  )
    return true;
  const own = scopeLevel[actor];
  const unit = unitLevel[kind];
  const level = unit && levels.indexOf(unit) < levels.indexOf(own) ? unit : own;
  if (kind === 'user' && !(row.role && districtManaged.includes(row.role))) return false;
  const mine = actorPlace[level];
  return !!mine && row[level] === mine;
}

type RowFields = Partial<
  Record<'id' | 'districtId' | 'townId' | 'gridId' | 'enterpriseId' | 'agencyId' | 'role', string | null>
>;
const field = (value: string | null | undefined) => value ?? undefined;

/** Where a row a list returned sits, read from its own fields (for rows the world did not make itself). */
export function placementOf(kind: ListKind, row: RowFields): Placement {
  const { id, districtId, townId, gridId, enterpriseId } = row;
  switch (kind) {
    case 'district':
      return { districtId: field(id) };
    case 'town':
      return { districtId: field(districtId), townId: field(id) };
    case 'grid':
      return { districtId: field(districtId), townId: field(townId), gridId: field(id) };
    case 'enterprise':
      return {
        districtId: field(districtId),
        townId: field(townId),
        gridId: field(gridId),
        enterpriseId: field(id),
      };
    case 'user':
      return {
        districtId: field(districtId),
        townId: field(townId),
        gridId: field(gridId),
        enterpriseId: field(enterpriseId),
        agencyId: field(row.agencyId),
        role: field(row.role) as Role | undefined,
      };
    case 'message':
    case 'audit':
      return { districtId: field(districtId) };
    // risk-points
    case 'riskClass':
    // agencies: the rules are everyone's
    case 'agencyRule':
    // zeroing: the city's campaigns
    case 'zeroingCampaign':
      return {};
    // agencies: where it is registered, and the agency itself (an agency user's level)
    case 'agency':
      return { districtId: field(districtId), agencyId: field(id) };
    // agency-deductions: the issuing district (`city` matches no district admin) and the agency
    case 'agencyDeduction':
    case 'agencyAppeal':
      return {
        districtId: field((row as { issuingDistrictId?: string | null }).issuingDistrictId),
        agencyId: field(row.agencyId),
      };
    // agency notices: the world's and the rows' notices name one agency each
    case 'agencyNotice':
      return {
        districtId: districtId === 'city' ? undefined : field(districtId),
        agencyId: field((row as { agencyIds?: string[] }).agencyIds?.[0]),
      };
    case 'riskPoint':
    // dust-sites
    case 'dustSite':
    // dust-cleanings
    case 'dustCleaning':
    // scans
    case 'scan':
    // hazards
    case 'hazard':
    // zeroing
    case 'zeroingEntry':
    case 'zeroingCheck':
    // patrols
    case 'patrol':
    // patrol-insights
    case 'repeatedFinding':
    // campaigns
    case 'campaignTarget':
    // grid-coverage
    case 'outsideEnterprise':
      return {
        districtId: field(districtId),
        townId: field(townId),
        gridId: field(gridId),
        enterpriseId: field(enterpriseId),
      };
    // campaigns
    case 'campaign': {
      const campaign = row as { ownerDistrictId?: string; filter?: { districtId?: string } };
      return { districtId: field(campaign.ownerDistrictId ?? campaign.filter?.districtId) };
    }
    // patrols: a district's plan row is that district's
    case 'patrolPlan':
      return { districtId: field(id) };
    // tasks: a district task's town (when it names one) is what it concerns, not where it is assigned
    case 'task':
      return (row as { level?: string }).level === 'district'
        ? { districtId: field(districtId) }
        : { districtId: field(districtId), townId: field(townId) };
  }
}
