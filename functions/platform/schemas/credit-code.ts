import * as z from 'zod';
import { creditCodeMessages, creditCodeProblem, normalizeCreditCode } from '#functions/platform/credit-code';

/**
 * 统一社会信用代码 as an API field, validated as pasted codes are meant: spaces (U+3000 too) removed, full-width
 * characters read as ASCII, then the length, alphabet and check character. Enterprises' `creditCodeSchema` is
 * the same rule; agencies use this one.
 */
export const creditCodeSchema = z
  .string()
  .overwrite(normalizeCreditCode)
  .superRefine((code, context) => {
    const problem = creditCodeProblem(code);
    if (problem)
      context.addIssue({ code: 'custom', message: creditCodeMessages[problem], params: { problem } });
  });
