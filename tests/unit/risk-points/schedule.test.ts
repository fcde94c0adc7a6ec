import { describe, expect, it } from 'vitest';
import { seedClasses } from '#functions/risk-points/domain/dictionary/index';
import {
  advancesScan,
  cycleBounds,
  cycleWithinBounds,
  defaultCycleDays,
  isOverdue,
  nextDueAt,
} from '#functions/risk-points/domain/schedule';
import { newCodeToken, scanUrl, TOKEN_PATTERN } from '#functions/risk-points/domain/token';

describe('nextDueAt and overdue (DOMAIN.md)', () => {
  it('is the creation plus the cycle for a point never scanned', () => {
    // Act
    const due = nextDueAt({ createdAt: '2026-12-01T02:00:00.000Z', cycleDays: 7 });

    // Assess
    expect(due).toBe('2026-12-08T02:00:00.000Z');
  });

  it('is the last scan plus the cycle once scanned', () => {
    // Act
    const due = nextDueAt({
      createdAt: '2026-11-01T00:00:00.000Z',
      lastScanAt: '2026-12-01T09:30:00.000Z',
      cycleDays: 1,
    });

    // Assess
    expect(due).toBe('2026-12-02T09:30:00.000Z');
  });

  it('is overdue only strictly after nextDueAt, and never when retired', () => {
    // Prepare
    const point = { nextDueAt: '2026-12-02T09:30:00.000Z', status: 'active' as const };

    // Act, Assess
    expect(isOverdue(point, new Date('2026-12-02T09:30:00.000Z'))).toBe(false);
    expect(isOverdue(point, new Date('2026-12-02T09:30:00.001Z'))).toBe(true);
    expect(isOverdue({ ...point, status: 'retired' }, new Date('2027-01-01T00:00:00.000Z'))).toBe(false);
  });

  it('moves forward only for a scan newer than the last one', () => {
    // Act, Assess
    expect(advancesScan(undefined, '2026-12-01T00:00:00.000Z')).toBe(true);
    expect(advancesScan('2026-12-01T00:00:00.000Z', '2026-12-01T00:00:00.001Z')).toBe(true);
    expect(advancesScan('2026-12-01T00:00:00.000Z', '2026-12-01T00:00:00.000Z')).toBe(false);
    expect(advancesScan('2026-12-01T00:00:00.000Z', '2026-11-30T23:59:59.999Z')).toBe(false);
  });
});

describe('cycle bounds', () => {
  it('lets a point use 1 day up to twice its class’s cycle', () => {
    // Act, Assess
    expect(cycleBounds(7)).toEqual({ min: 1, max: 14 });
    expect(cycleWithinBounds(14, 7)).toBe(true);
    expect(cycleWithinBounds(15, 7)).toBe(false);
    expect(cycleWithinBounds(0, 7)).toBe(false);
    expect(cycleWithinBounds(2, 1)).toBe(true);
    expect(cycleWithinBounds(3, 1)).toBe(false);
    expect(cycleWithinBounds(1.5, 7)).toBe(false);
  });

  it('defaults by level: red 1, orange 7, yellow 30, blue 90 days', () => {
    // Assess
    expect(defaultCycleDays).toEqual({ red: 1, orange: 7, yellow: 30, blue: 90 });
  });
});

describe('code tokens', () => {
  it('are 22 base64url characters of 128 random bits', () => {
    // Prepare
    const sizes: number[] = [];
    const random = (size: number) => {
      sizes.push(size);
      return Buffer.alloc(size, 0xff);
    };

    // Act
    const token = newCodeToken(random);

    // Assess
    expect(sizes).toEqual([16]);
    expect(token).toBe('_____________________w');
    expect(token).toMatch(TOKEN_PATTERN);
  });

  it('differ each time and encode the phone page’s URL', () => {
    // Act
    const tokens = new Set(Array.from({ length: 1000 }, () => newCodeToken()));

    // Assess
    expect(tokens.size).toBe(1000);
    expect(scanUrl('https://console.example.cn/', 'abc')).toBe('https://console.example.cn/m/r/abc');
  });
});

describe('the seeded dictionary', () => {
  it('has 80 classes with unique ids, each with controls and a checklist, cycles by level', () => {
    // Assess
    expect(seedClasses).toHaveLength(80);
    expect(new Set(seedClasses.map((c) => c.classId)).size).toBe(80);
    for (const c of seedClasses) {
      expect(c.controls.length).toBeGreaterThan(0);
      expect(c.checklist.length).toBeGreaterThan(0);
      expect(c.cycleDays).toBe(defaultCycleDays[c.level]);
    }
    const families = new Set(seedClasses.map((c) => c.family));
    for (const family of [
      '粉尘涉爆',
      '有限空间',
      '涉氨制冷',
      '金属冶炼',
      '危化品使用',
      '起重',
      '电气',
      '机械',
      '高温熔融',
      '动火',
      '高处',
    ])
      expect(families).toContain(family);
    expect(seedClasses.some((c) => c.checklist.some((item) => item.photoRequired))).toBe(true);
  });
});
