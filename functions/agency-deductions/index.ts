/**
 * What other capabilities may use of agency-deductions (中介机构考评扣分): agencies' scores of a year (the
 * registry's list, the public listing), the live deductions of a period (statistics, notices) and deductions by
 * id (a notice's members, revoked ones included).
 */

export {
  type DeductionSummary,
  deductionsBetween,
  deductionsByIds,
} from '#functions/agency-deductions/store/contract';
export { type AgencyScore, agencyScores } from '#functions/agency-deductions/store/counters';
