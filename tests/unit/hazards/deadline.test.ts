import { describe, expect, it } from 'vitest';
import { deadlineOf, isPastDeadline } from '#functions/hazards/domain/deadline';

describe('hazard deadlines', () => {
  it('gives a general hazard until the end of the 7th Beijing day after the day it was found', () => {
    // 2026-12-02 09:30 Beijing time → due 2026-12-09 23:59:59.999 Beijing time
    expect(deadlineOf(new Date('2026-12-02T01:30:00.000Z'), 'general')).toBe('2026-12-09T15:59:59.999Z');
  });

  it('counts days in Beijing time, not UTC: found at 23:30 UTC is already the next Beijing day', () => {
    // 2026-12-01T23:30Z is 2026-12-02 07:30 Beijing time
    expect(deadlineOf(new Date('2026-12-01T23:30:00.000Z'), 'general')).toBe('2026-12-09T15:59:59.999Z');
  });

  it('gives a major hazard 30 days', () => {
    expect(deadlineOf(new Date('2026-12-02T01:30:00.000Z'), 'major')).toBe('2027-01-01T15:59:59.999Z');
  });

  it('follows configured days per level', () => {
    expect(deadlineOf(new Date('2026-12-02T01:30:00.000Z'), 'general', { general: 3, major: 15 })).toBe(
      '2026-12-05T15:59:59.999Z',
    );
  });

  it('is past only while the hazard still waits for its rectification', () => {
    // Prepare
    const deadline = '2026-12-09T15:59:59.999Z';
    const after = new Date('2026-12-09T16:00:00.000Z');

    // Assess
    expect(isPastDeadline({ status: 'OPEN', deadline }, after)).toBe(true);
    expect(isPastDeadline({ status: 'OPEN', deadline }, new Date(deadline))).toBe(false);
    expect(isPastDeadline({ status: 'RECTIFIED', deadline }, after)).toBe(false);
    expect(isPastDeadline({ status: 'CLOSED', deadline }, after)).toBe(false);
  });
});
