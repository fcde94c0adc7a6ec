import { describe, expect, it } from 'vitest';
import { stepsAt, streakFromDays, streakOf } from '#functions/dust-ladder/domain/streak';

describe('the streak of unsatisfied days ending today', () => {
  it('is zero when today is satisfied and counts the days after the latest satisfied one', () => {
    // Act & Assess
    expect(streakOf({ createdDay: '2026-11-01', lastSatisfiedDay: '2026-12-02' }, '2026-12-02')).toEqual({
      k: 0,
      start: null,
    });
    expect(streakOf({ createdDay: '2026-11-01', lastSatisfiedDay: '2026-12-01' }, '2026-12-02')).toEqual({
      k: 1,
      start: '2026-12-02',
    });
    expect(streakOf({ createdDay: '2026-11-01', lastSatisfiedDay: '2026-11-29' }, '2026-12-02')).toEqual({
      k: 3,
      start: '2026-11-30',
    });
  });

  it('counts holidays and month and year ends like any other day', () => {
    // Act & Assess: 2026-12-25 → 2027-01-01 (New Year's Day counts)
    expect(streakOf({ createdDay: '2026-01-01', lastSatisfiedDay: '2026-12-25' }, '2027-01-01')).toEqual({
      k: 7,
      start: '2026-12-26',
    });
    // 2028 is a leap year: Feb 29 is a day of the streak
    expect(streakOf({ createdDay: '2026-01-01', lastSatisfiedDay: '2028-02-27' }, '2028-03-01')).toEqual({
      k: 3,
      start: '2028-02-28',
    });
  });

  it('counts a site never satisfied from its creation day (created today: k = 1)', () => {
    // Act & Assess
    expect(streakOf({ createdDay: '2026-12-02' }, '2026-12-02')).toEqual({ k: 1, start: '2026-12-02' });
    expect(streakOf({ createdDay: '2026-11-26' }, '2026-12-02')).toEqual({ k: 7, start: '2026-11-26' });
    expect(streakOf({ createdDay: '2026-12-03' }, '2026-12-02')).toEqual({ k: 0, start: null });
  });

  it('refuses a latest satisfied day after the day asked (that run needs the day states)', () => {
    // Act & Assess
    expect(() =>
      streakOf({ createdDay: '2026-11-01', lastSatisfiedDay: '2026-12-05' }, '2026-12-02'),
    ).toThrow();
  });

  it('from day states: walks back to the latest satisfied day, or to the window start', () => {
    // Prepare
    const days = new Set(['2026-11-20', '2026-11-28', '2026-12-03']);

    // Act & Assess
    expect(streakFromDays(days, '2026-11-01', '2026-12-02')).toEqual({ k: 4, start: '2026-11-29' });
    expect(streakFromDays(days, '2026-11-01', '2026-11-28')).toEqual({ k: 0, start: null });
    expect(streakFromDays(days, '2026-11-22', '2026-11-27')).toEqual({ k: 6, start: '2026-11-22' });
    expect(streakFromDays(new Set(), '2026-12-02', '2026-12-02')).toEqual({ k: 1, start: '2026-12-02' });
    expect(streakFromDays(new Set(), '2026-12-03', '2026-12-02')).toEqual({ k: 0, start: null });
  });

  it('reminds from k = 1, urges from k = 3, verifies from k = 7 (a missed run still catches up)', () => {
    // Act & Assess
    expect([0, 1, 2, 3, 4, 6, 7, 12].map((k) => stepsAt(k))).toEqual([
      { remind: false, urge: false, verify: false },
      { remind: true, urge: false, verify: false },
      { remind: true, urge: false, verify: false },
      { remind: true, urge: true, verify: false },
      { remind: true, urge: true, verify: false },
      { remind: true, urge: true, verify: false },
      { remind: true, urge: true, verify: true },
      { remind: true, urge: true, verify: true },
    ]);
  });
});
