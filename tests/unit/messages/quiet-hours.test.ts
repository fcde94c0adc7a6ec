import { describe, expect, it } from 'vitest';
import { parseQuietHours, quietUntil } from '#functions/messages/domain/policy';

// SMS_QUIET_HOURS (docs/decisions.md, Messages): `HH:MM-HH:MM` Asia/Shanghai, default 22:00-07:00, `off` for
// none; a bad value stops the dispatcher at cold start instead of silently sending at night.
const minutes = (hours: number, mins = 0) => hours * 60 + mins;

describe('the SMS_QUIET_HOURS setting', () => {
  it('defaults to 22:00-07:00 when the setting is absent', () => {
    // Assess
    expect(parseQuietHours(undefined)).toEqual({ start: minutes(22), end: minutes(7) });
  });

  it('reads start and end minutes, half hours included', () => {
    // Assess
    expect(parseQuietHours('22:30-07:15')).toEqual({ start: 1350, end: 435 });
    expect(parseQuietHours('12:00-13:30')).toEqual({ start: 720, end: 810 });
  });

  it('ignores the blanks and line break an environment file leaves around the value', () => {
    // Assess
    expect(parseQuietHours(' 22:00-07:00\n')).toEqual({ start: 1320, end: 420 });
  });

  it('means no quiet hours for an empty value or off', () => {
    // Assess
    expect(parseQuietHours('')).toBeNull();
    expect(parseQuietHours('   ')).toBeNull();
    expect(parseQuietHours('off')).toBeNull();
  });

  it('refuses a value with anything before or after the two times', () => {
    // Assess
    expect(() => parseQuietHours('x22:00-07:00')).toThrow(/SMS_QUIET_HOURS.*x22:00-07:00/);
    expect(() => parseQuietHours('22:00-07:00x')).toThrow(/SMS_QUIET_HOURS.*22:00-07:00x/);
    expect(() => parseQuietHours('22:00-07:00-08:00')).toThrow(/SMS_QUIET_HOURS/);
    expect(() => parseQuietHours('22.00-07.00')).toThrow(/SMS_QUIET_HOURS/);
  });

  it('refuses times past the end of the day and an empty window', () => {
    // Assess
    expect(() => parseQuietHours('24:00-07:00')).toThrow(/SMS_QUIET_HOURS is invalid: 24:00-07:00/);
    expect(() => parseQuietHours('22:00-24:00')).toThrow(/SMS_QUIET_HOURS is invalid: 22:00-24:00/);
    expect(() => parseQuietHours('07:00-07:00')).toThrow(/SMS_QUIET_HOURS is invalid: 07:00-07:00/);
  });
});

describe('quiet hours that do not wrap midnight', () => {
  it('hold a message from the first minute of the window to its end', () => {
    // Prepare
    const lunch = parseQuietHours('12:00-13:30');

    // Assess
    expect(quietUntil(new Date('2026-11-30T11:59:00+08:00'), lunch)).toBeNull();
    expect(quietUntil(new Date('2026-11-30T12:00:00+08:00'), lunch)?.toISOString()).toBe(
      '2026-11-30T05:30:00.000Z',
    );
    expect(quietUntil(new Date('2026-11-30T13:29:59+08:00'), lunch)?.toISOString()).toBe(
      '2026-11-30T05:30:00.000Z',
    );
  });

  it('hold nothing when quiet hours are off', () => {
    // Prepare
    const off = parseQuietHours('off');

    // Assess
    expect(quietUntil(new Date('2026-11-30T23:00:00+08:00'), off)).toBeNull();
  });
});
