/**
 * 统一社会信用代码 (GB 32100-2015): 18 characters from a 31-character alphabet without I, O, Z, S, V; the last is
 * a check character computed from the first 17 with fixed weights, modulo 31.
 */
const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** The check character for the first 17 characters, or null if one is outside the alphabet. */
export function creditCodeCheckChar(first17: string): string | null {
  let sum = 0;
  for (let i = 0; i < 17; i += 1) {
    const value = ALPHABET.indexOf(first17[i] ?? '?');
    if (value < 0) return null;
    sum += value * (WEIGHTS[i] ?? 0);
  }
  return ALPHABET[(31 - (sum % 31)) % 31] ?? null;
}

/** Whitespace of any width (`\s` covers U+3000 and no-break spaces) and the zero-width characters pastes carry. */
const PASTED_SPACES = /[\s\u200b-\u200d\u2060\ufeff]/gu;

/**
 * A code as people paste it from a letter, a PDF or a web page: spaces anywhere (full-width U+3000 included)
 * removed and full-width digits and letters read as ASCII (NFKC). The case is kept: lower case stays refused.
 * The API schema, the console form and the import all validate and store this form.
 */
export function normalizeCreditCode(text: string): string {
  return text.normalize('NFKC').replace(PASTED_SPACES, '');
}

export type CreditCodeProblem = 'length' | 'characters' | 'check';

/** Why a code is invalid, or null when it is valid. Lower-case letters are not accepted: codes are printed upper-case. */
export function creditCodeProblem(code: string): CreditCodeProblem | null {
  if (code.length !== 18) return 'length';
  if (![...code].every((char) => ALPHABET.includes(char))) return 'characters';
  return creditCodeCheckChar(code.slice(0, 17)) === code[17] ? null : 'check';
}

export const creditCodeMessages: Record<CreditCodeProblem, string> = {
  length: '统一社会信用代码应为 18 位',
  characters: '统一社会信用代码只能包含数字和大写字母（不含 I、O、Z、S、V）',
  check: '统一社会信用代码校验位不正确，请核对',
};

/** Completes 17 characters into a valid code (demo data and tests). */
export function withCheckChar(first17: string): string {
  const check = creditCodeCheckChar(first17);
  if (!check) throw new Error(`not a credit code prefix: ${first17}`);
  return first17 + check;
}
