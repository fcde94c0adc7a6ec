import { describe, expect, it } from 'vitest';
import type { LadderSite } from '#functions/dust-ladder/domain/site';
import { dayPointerKey, ratePk, rateSk } from '#functions/dust-ladder/store/rate-keys';
import { readActiveSites, satisfiedDaysOf, satisfiedOn } from '#functions/dust-ladder/store/sites';
import type { DustSource, SourceSite } from '#functions/dust-ladder/store/source-types';

/**
 * The ladder's reads of the two dust capabilities, against a source written by hand: which sites it asks about,
 * for which days, and what it concludes. The expected answers are worked out from the day lists below.
 */
const site = (siteId: string, createdDay: string, lastSatisfiedDay?: string): LadderSite => ({
  siteId,
  enterpriseId: `e-${siteId}`,
  districtId: 'wujin',
  townId: 'T1',
  name: `${siteId}打磨间`,
  location: '一号车间',
  contactPhone: '13812340000',
  createdDay,
  ...(lastSatisfiedDay ? { lastSatisfiedDay } : {}),
});

/** A source whose sites have the given satisfied (true) or reported-unsatisfied (false) days; asks are logged. */
function sourceOf(days: Record<string, Record<string, boolean>>, pages: SourceSite[][] = []) {
  const asked: string[] = [];
  const source: DustSource = {
    async *activeDustSites() {
      for (const page of pages) yield page;
    },
    siteDays: async (siteId, from, to) => {
      asked.push(`${siteId} ${from}..${to}`);
      return Object.entries(days[siteId] ?? {})
        .filter(([day]) => day >= from && day <= to)
        .map(([day, satisfied]) => ({ day, satisfied }));
    },
  };
  return { source, asked };
}

describe('the sites satisfied on a day', () => {
  const day = '2026-12-03';
  it("takes today's from lastSatisfiedDay, reads a later one's day, and skips the rest", async () => {
    const sites = [
      site('today', '2026-11-01', '2026-12-03'),
      site('later-yes', '2026-11-01', '2026-12-05'),
      site('later-no', '2026-11-01', '2026-12-05'),
      site('later-unsat', '2026-11-01', '2026-12-04'),
      site('earlier', '2026-11-01', '2026-12-02'),
      site('never', '2026-11-01'),
      site('created-after', '2026-12-04', '2026-12-05'),
    ];
    const { source, asked } = sourceOf({
      'later-yes': { '2026-12-03': true, '2026-12-05': true },
      'later-no': { '2026-12-02': true, '2026-12-05': true },
      'later-unsat': { '2026-12-03': false, '2026-12-04': true },
      // Never asked: its lastSatisfiedDay says it is not satisfied on the day.
      earlier: { '2026-12-03': true },
    });
    const { satisfied, items } = await satisfiedOn(source, sites, day);
    expect([...satisfied].sort()).toEqual(['later-yes', 'today']);
    expect(items).toBe(3);
    expect(asked.sort()).toEqual([
      'later-no 2026-12-03..2026-12-03',
      'later-unsat 2026-12-03..2026-12-03',
      'later-yes 2026-12-03..2026-12-03',
    ]);
  });

  it('reads nothing when every lastSatisfiedDay is the day or before it', async () => {
    const { source, asked } = sourceOf({});
    const sites = [
      site('a', '2026-11-01', day),
      site('b', '2026-11-01', '2026-11-30'),
      site('c', '2026-11-01'),
    ];
    const { satisfied, items } = await satisfiedOn(source, sites, day);
    expect([...satisfied]).toEqual(['a']);
    expect(items).toBe(0);
    expect(asked).toEqual([]);
  });
});

describe('the satisfied days of a past day', () => {
  it('reads, for the sites satisfied after the day only, 90 days back or from their creation', async () => {
    const day = '2026-12-03';
    const sites = [
      site('old', '2026-01-10', '2026-12-05'),
      site('new', '2026-11-20', '2026-12-04'),
      site('current', '2026-01-10', '2026-12-03'),
      site('never', '2026-01-10'),
    ];
    const { source, asked } = sourceOf({
      old: {
        '2026-09-04': true,
        '2026-09-05': true,
        '2026-12-01': false,
        '2026-12-02': true,
        '2026-12-05': true,
      },
      new: { '2026-11-20': true, '2026-11-21': false, '2026-12-04': true },
    });
    const { found, items } = await satisfiedDaysOf(source, sites, day);
    // 2026-12-03 minus 89 days is 2026-09-05: 90 days counting the day itself.
    expect(asked.sort()).toEqual(['new 2026-11-20..2026-12-03', 'old 2026-09-05..2026-12-03']);
    expect(found.get('old')).toEqual({ from: '2026-09-05', days: new Set(['2026-09-05', '2026-12-02']) });
    expect(found.get('new')).toEqual({ from: '2026-11-20', days: new Set(['2026-11-20']) });
    expect([...found.keys()].sort()).toEqual(['new', 'old']);
    // Items read: old 3 (09-05, 12-01, 12-02), new 2 (11-20, 11-21).
    expect(items).toBe(5);
  });
});

describe('reading the active sites', () => {
  it('keeps every site of every page, with its Beijing creation day and its last satisfied day if any', async () => {
    const base = {
      enterpriseId: 'e1',
      districtId: 'wujin',
      townId: 'T1',
      name: '抛光间',
      location: '二号车间',
      contactPhone: '13812340001',
    };
    const { source } = sourceOf({}, [
      [
        { ...base, siteId: 's1', createdAt: '2026-11-30T16:30:00.000Z', lastSatisfiedDay: '2026-12-02' },
        { ...base, siteId: 's2', createdAt: '2026-11-30T15:59:59.000Z' },
      ],
      [{ ...base, siteId: 's3', createdAt: '2026-12-01T00:00:00.000Z' }],
    ]);
    const sites = await readActiveSites(source);
    expect(sites).toEqual([
      { ...base, siteId: 's1', createdDay: '2026-12-01', lastSatisfiedDay: '2026-12-02' },
      { ...base, siteId: 's2', createdDay: '2026-11-30' },
      { ...base, siteId: 's3', createdDay: '2026-12-01' },
    ]);
    expect('lastSatisfiedDay' in (sites[1] ?? {})).toBe(false);
  });
});

describe('the keys of the upload-rate rows (stored data: a changed layout orphans every row written)', () => {
  it('puts the city and the districts under one key each, towns and sites under their district', () => {
    const day = '2026-12-03';
    const rows = [
      { level: 'city', id: 'city', districtId: undefined, townId: undefined },
      { level: 'district', id: 'wujin', districtId: 'wujin', townId: undefined },
      { level: 'town', id: 'T1', districtId: 'wujin', townId: 'T1' },
      { level: 'site', id: 's9', districtId: 'wujin', townId: 'T1' },
    ] as const;
    expect(rows.map((row) => [ratePk(row as never), rateSk(day, row as never)])).toEqual([
      ['dustRate#city', 'd2026-12-03'],
      ['dustRate#district', 'd2026-12-03#wujin'],
      ['dustRate#town#wujin', 'd2026-12-03#T1'],
      ['dustRate#site#wujin', 'd2026-12-03#T1#s9'],
    ]);
    expect(dayPointerKey(day)).toEqual({ pk: 'dustRateDay', sk: '2026-12-03' });
  });
});
