import { describe, expect, it } from 'vitest';
import { backoffMs, parseQuietHours, quietUntil } from '#functions/messages/domain/policy';
import { nextBusinessDayStart } from '#functions/platform/clock';

// Parsed inside each test, not at import: a parser that throws must fail a test, not the file's collection.
const nightly = () => parseQuietHours('22:00-07:00');

describe('the dispatch policy', () => {
  it('backs off 30 s doubling per attempt, within ±20%', () => {
    // Assess
    expect([1, 2, 3, 4].map((attempt) => backoffMs(attempt, 0.5))).toEqual([
      30_000, 60_000, 120_000, 240_000,
    ]);
    expect(backoffMs(1, 0)).toBe(24_000);
    expect(backoffMs(1, 0.999_999)).toBe(36_000);
    expect(backoffMs(3, 0)).toBe(96_000);
  });

  it('holds non-urgent messages from 22:00 to 07:00 Beijing time', () => {
    // Prepare
    const quiet = nightly();

    // Assess
    expect(quietUntil(new Date('2026-11-30T22:00:00+08:00'), quiet)?.toISOString()).toBe(
      '2026-11-30T23:00:00.000Z',
    );
    expect(quietUntil(new Date('2026-12-01T03:30:00+08:00'), quiet)?.toISOString()).toBe(
      '2026-11-30T23:00:00.000Z',
    );
    expect(quietUntil(new Date('2026-12-01T06:59:59+08:00'), quiet)?.toISOString()).toBe(
      '2026-11-30T23:00:00.000Z',
    );
    expect(quietUntil(new Date('2026-12-01T07:00:00+08:00'), quiet)).toBeNull();
    expect(quietUntil(new Date('2026-11-30T21:59:00+08:00'), quiet)).toBeNull();
  });

  it('reads quiet hours that do not wrap midnight, and none', () => {
    // Prepare
    const lunch = parseQuietHours('12:00-13:30');

    // Assess
    expect(quietUntil(new Date('2026-11-30T12:10:00+08:00'), lunch)?.toISOString()).toBe(
      '2026-11-30T05:30:00.000Z',
    );
    expect(quietUntil(new Date('2026-11-30T13:30:00+08:00'), lunch)).toBeNull();
    expect(parseQuietHours('off')).toBeNull();
    expect(() => parseQuietHours('10pm-7am')).toThrow(/SMS_QUIET_HOURS/);
  });

  it('defers a capped message to the next Asia/Shanghai midnight', () => {
    // Assess
    expect(nextBusinessDayStart(new Date('2026-11-30T23:30:00+08:00')).toISOString()).toBe(
      '2026-11-30T16:00:00.000Z',
    );
    expect(nextBusinessDayStart(new Date('2026-12-01T00:10:00+08:00')).toISOString()).toBe(
      '2026-12-01T16:00:00.000Z',
    );
  });
});
