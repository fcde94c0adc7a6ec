/**
 * What other capabilities may use of agencies (中介机构): an agency by id, all of them (the public listing and
 * statistics), how far a principal reaches one, the listing rule, the scoring rules (考评细则: the current one and
 * any past version, which a deduction keeps) and the seed's direct writes.
 */

export {
  AGENCY_BASE_SCORE,
  AGENCY_LISTING_THRESHOLD,
  type AgencyStatus,
  type AgencyType,
  agencyStatusLabels,
  agencyTypeLabels,
  agencyTypes,
  isListed,
  scoreBand,
} from '#functions/agencies/domain/agency-types';
export {
  type Agency,
  agenciesByIds,
  agencyExists,
  agencyReach,
  allAgencies,
  getAgency,
  putAgencyForSeed,
} from '#functions/agencies/store/contract';
export {
  type AgencyRule,
  currentRule,
  putRuleForSeed,
  ruleVersion,
} from '#functions/agencies/store/rules';
