import { describe, expect, it } from 'vitest';
import {
  creditCodeCheckChar,
  creditCodeProblem,
  withCheckChar,
} from '#functions/enterprises/domain/credit-code';
import { businessDay, businessQuarter, fixedClock } from '#functions/platform/clock';
import { maskPhone } from '#functions/platform/phone';

describe('统一社会信用代码', () => {
  it('accepts published valid codes and computes their check character', () => {
    expect(creditCodeProblem('91350100M000100Y43')).toBeNull();
    expect(creditCodeProblem('91110000600037341L')).toBeNull();
    expect(creditCodeCheckChar('91350100M000100Y4')).toBe('3');
  });

  it('says why a code is invalid: length, characters outside the alphabet, or the check character', () => {
    expect(creditCodeProblem('91350100M000100Y4')).toBe('length');
    expect(creditCodeProblem('91350100M000100Y4O')).toBe('characters');
    expect(creditCodeProblem('91350100m000100y43')).toBe('characters');
    expect(creditCodeProblem('91350100M000100Y44')).toBe('check');
  });

  it('completes 17 characters into a valid code', () => {
    expect(creditCodeProblem(withCheckChar('91320412MA1ABCDEF'))).toBeNull();
    expect(() => withCheckChar('9132041IOZSV00000')).toThrow();
  });
});

describe('phone masking', () => {
  it('keeps the first three and last four digits only', () => {
    expect(maskPhone('13812341234')).toBe('138****1234');
    expect(maskPhone('12345')).toBe('****');
    expect(maskPhone(undefined)).toBeUndefined();
  });
});

describe('the business clock', () => {
  it('counts days and quarters in Asia/Shanghai, not UTC', () => {
    expect(businessDay(new Date('2026-09-30T16:30:00Z'))).toBe('2026-10-01');
    expect(businessQuarter(new Date('2026-09-30T16:30:00Z'))).toBe('2026-Q4');
    expect(businessQuarter(new Date('2026-09-30T15:59:59Z'))).toBe('2026-Q3');
  });

  it('pins now for jobs and tests, and refuses an invalid time', () => {
    expect(fixedClock('2026-11-30T10:00:00+08:00').now().toISOString()).toBe('2026-11-30T02:00:00.000Z');
    expect(() => fixedClock('soon')).toThrow();
  });
});
