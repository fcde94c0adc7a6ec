import { describe, expect, it } from 'vitest';
import { parseDay } from '../../../admin/src/shared/DayInput';
import { monthGrid } from '../../../admin/src/shared/MonthCalendar';

describe('typing a day', () => {
  it.each([
    ['2026-11-30', '2026-11-30'],
    ['2026/11/30', '2026-11-30'],
    ['2026.1.5', '2026-01-05'],
    ['20261130', '2026-11-30'],
    ['2026年11月30日', '2026-11-30'],
    [' 2026-11-30 ', '2026-11-30'],
    ['', ''],
  ])('reads %j as %j', (typed, day) => {
    // Act
    const parsed = parseDay(typed);

    // Assess
    expect(parsed).toBe(day);
  });

  it.each(['2026-02-30', '2026-13-01', '11/30/2026', '2026-11', 'yesterday'])('refuses %j', (typed) => {
    // Act
    const parsed = parseDay(typed);

    // Assess
    expect(parsed).toBeNull();
  });
});

describe('the month calendar', () => {
  it('starts a week on Monday: November 2026 begins on a Sunday, after six blanks', () => {
    // Act
    const grid = monthGrid(2026, 11);

    // Assess
    expect(grid.slice(0, 7)).toEqual([null, null, null, null, null, null, 1]);
    expect(grid.at(-1)).toBe(30);
  });

  it('knows leap years: February 2028 has 29 days and begins on a Tuesday', () => {
    // Act
    const grid = monthGrid(2028, 2);

    // Assess
    expect(grid.slice(0, 2)).toEqual([null, 1]);
    expect(grid.at(-1)).toBe(29);
  });
});
