import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import * as z from 'zod';
import {
  businessDay,
  businessDayBounds,
  businessDayStart,
  businessQuarter,
  nextBusinessDayStart,
  now,
  pinClock,
} from '#functions/platform/clock';
import { httpGroup } from '#functions/platform/http/group';
import type { HttpEvent } from '#functions/platform/http/types';
import { route } from '#functions/platform/manifest-types';
import { ok } from '#functions/platform/respond';
import { bodyOf, makeApiEvent, makeContext } from '#tests/fixtures/api-events';

const repoRoot = join(import.meta.dirname, '../../..');

const routes = [
  route({
    method: 'GET',
    path: '/api/clock-test/now',
    group: 'clockTest',
    access: 'public',
    summary: '当前时间（测试）',
    response: z.object({ now: z.string() }),
  }),
] as const;

/** A real route group whose one public route answers with the `now` it was handed. */
const handler = httpGroup(routes, 'clockTest', {
  'GET /api/clock-test/now': async ({ now }) => ok({ now: now.toISOString() }),
});

async function askNow(): Promise<string> {
  const result = await handler(makeApiEvent('GET /api/clock-test/now') as HttpEvent, makeContext());
  expect(result.statusCode).toBe(200);
  return (bodyOf(result) as { now: string }).now;
}

afterEach(() => pinClock(null));

describe('the platform clock', () => {
  it('hands route handlers the pinned instant as `now`, and the real time once unpinned', async () => {
    // Prepare
    pinClock('2026-12-01T00:30:00+08:00');

    // Act
    const pinned = await askNow();
    pinClock(null);
    const before = Date.now();
    const real = await askNow();

    // Assess
    expect(pinned).toBe('2026-11-30T16:30:00.000Z');
    expect(new Date(real).getTime()).toBeGreaterThanOrEqual(before);
  });

  it('returns a copy of the pinned instant and refuses an invalid one', () => {
    // Prepare
    pinClock(new Date('2026-11-30T16:00:00Z'));

    // Act
    now().setUTCFullYear(1999);

    // Assess
    expect(now().toISOString()).toBe('2026-11-30T16:00:00.000Z');
    expect(() => pinClock('soon')).toThrow(/Invalid clock time/);
  });
});

/** Every .ts/.tsx file under `dir`, relative to the repository root. */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) ? [relative(repoRoot, path)] : [];
  });
}

describe('one clock', () => {
  it('reads "now" nowhere under functions/ but in the clock and the ID generator', () => {
    // Prepare
    const allowed = new Set(['functions/platform/clock.ts', 'functions/platform/ids.ts']);
    const readsNow = /new Date\(\s*\)|Date\.now\(\s*\)/;

    // Act
    const offenders = sourceFiles(join(repoRoot, 'functions'))
      .filter((file) => !allowed.has(file))
      .flatMap((file) =>
        readFileSync(join(repoRoot, file), 'utf8')
          .split('\n')
          .flatMap((line, index) => (readsNow.test(line) ? [`${file}:${index + 1}: ${line.trim()}`] : [])),
      );

    // Assess: take `now` from HandlerInput, the job context's clock, or `now()` from platform/clock.
    expect(offenders).toEqual([]);
  });
});

describe('Asia/Shanghai business days', () => {
  // instant, its business day, that day's first instant, the next day's first instant, its quarter
  const cases: [string, string, string, string, string][] = [
    ['2026-11-30T16:00:00Z', '2026-12-01', '2026-11-30T16:00:00.000Z', '2026-12-01T16:00:00.000Z', '2026-Q4'],
    [
      '2026-11-30T15:59:59.999Z',
      '2026-11-30',
      '2026-11-29T16:00:00.000Z',
      '2026-11-30T16:00:00.000Z',
      '2026-Q4',
    ],
    ['2026-12-01T00:00:00Z', '2026-12-01', '2026-11-30T16:00:00.000Z', '2026-12-01T16:00:00.000Z', '2026-Q4'],
    ['2026-12-31T16:00:00Z', '2027-01-01', '2026-12-31T16:00:00.000Z', '2027-01-01T16:00:00.000Z', '2027-Q1'],
    ['2026-12-31T15:59:59Z', '2026-12-31', '2026-12-30T16:00:00.000Z', '2026-12-31T16:00:00.000Z', '2026-Q4'],
    ['2026-02-28T16:00:00Z', '2026-03-01', '2026-02-28T16:00:00.000Z', '2026-03-01T16:00:00.000Z', '2026-Q1'],
    ['2028-02-28T16:00:00Z', '2028-02-29', '2028-02-28T16:00:00.000Z', '2028-02-29T16:00:00.000Z', '2028-Q1'],
    ['2026-06-30T23:59:59Z', '2026-07-01', '2026-06-30T16:00:00.000Z', '2026-07-01T16:00:00.000Z', '2026-Q3'],
    ['1969-12-31T16:00:00Z', '1970-01-01', '1969-12-31T16:00:00.000Z', '1970-01-01T16:00:00.000Z', '1970-Q1'],
  ];

  it.each(cases)(
    '%s is %s in Shanghai (starts %s, next day %s, %s)',
    (instant, day, start, next, quarter) => {
      const at = new Date(instant);
      expect(businessDay(at)).toBe(day);
      expect(businessDayStart(at).toISOString()).toBe(start);
      expect(nextBusinessDayStart(at).toISOString()).toBe(next);
      expect(businessQuarter(at)).toBe(quarter);
    },
  );

  it('bounds a business day from its first to its last millisecond', () => {
    expect(businessDayBounds('2026-12-01')).toEqual({
      first: new Date('2026-11-30T16:00:00.000Z'),
      last: new Date('2026-12-01T15:59:59.999Z'),
    });
    expect(businessDayBounds('2027-01-01')).toEqual({
      first: new Date('2026-12-31T16:00:00.000Z'),
      last: new Date('2027-01-01T15:59:59.999Z'),
    });
  });

  it.each(['2026-02-30', '2026-13-01', '20261201', '2026-12-01T00:00', ''])('refuses %j as a day', (day) => {
    expect(() => businessDayBounds(day)).toThrow(/Invalid business day/);
  });
});
