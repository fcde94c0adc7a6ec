/**
 * 统一社会信用代码: the pure rules moved to functions/platform/credit-code.ts (issue 14: agencies check codes
 * exactly as enterprises do); re-exported here so enterprises' imports stay as they were.
 */
export {
  type CreditCodeProblem,
  creditCodeCheckChar,
  creditCodeMessages,
  creditCodeProblem,
  normalizeCreditCode,
  withCheckChar,
} from '#functions/platform/credit-code';
