import { describe, expect, it } from 'vitest';
import {
  type FindingPatrol,
  hazardsOfCode,
  repeatedFindings,
  windowStart,
} from '#functions/patrol-insights/domain/repeated';

const place = { districtId: 'wujin', townId: 'hutang', gridId: 'g1' };
const patrol = (
  patrolId: string,
  enterpriseId: string,
  at: string,
  failedItemIds: string[] = [],
  hazardCategories: string[] = [],
  hazardIds: string[] = [],
): FindingPatrol => ({ patrolId, enterpriseId, ...place, at, failedItemIds, hazardCategories, hazardIds });

const TODAY = '2026-12-04';

describe('the 90-day window', () => {
  it('is today and the 89 days before it', () => {
    expect(windowStart(TODAY)).toBe('2026-09-06');
  });
});

describe('repeated findings', () => {
  it('flags an item failed on two patrols of one enterprise, with both patrols, still found', () => {
    const flags = repeatedFindings(
      [
        patrol('P1', 'E1', '2026-11-02T02:00:00.000Z', ['c07', 'c02']),
        patrol('P2', 'E1', '2026-12-01T02:00:00.000Z', ['c07']),
        // another enterprise failing c07 once: not a repeat
        patrol('P3', 'E2', '2026-12-01T03:00:00.000Z', ['c07']),
      ],
      TODAY,
    );
    expect(flags).toEqual([
      {
        id: 'E1:c07',
        enterpriseId: 'E1',
        ...place,
        code: 'c07',
        kind: 'item',
        patrols: [
          { patrolId: 'P1', day: '2026-11-02', at: '2026-11-02T02:00:00.000Z' },
          { patrolId: 'P2', day: '2026-12-01', at: '2026-12-01T02:00:00.000Z' },
        ],
        count: 2,
        firstDay: '2026-11-02',
        lastDay: '2026-12-01',
        stillFound: true,
        hazardIds: [],
      },
    ]);
  });

  it('flags the same hazard category, and counts an item failed with a hazard of its own code once per patrol', () => {
    const flags = repeatedFindings(
      [
        patrol('P1', 'E1', '2026-10-10T02:00:00.000Z', ['c03'], ['c03'], ['H1']),
        patrol('P2', 'E1', '2026-11-10T02:00:00.000Z', [], ['fire'], ['H2']),
        patrol('P3', 'E1', '2026-11-20T02:00:00.000Z', [], ['fire'], ['H3']),
      ],
      TODAY,
    );
    expect(flags.map((f) => [f.code, f.kind, f.count, f.hazardIds])).toEqual([
      ['fire', 'category', 2, ['H2', 'H3']],
    ]);
  });

  it('does not flag two hazards that carry no item and no major category (the uncategorised "other")', () => {
    const flags = repeatedFindings(
      [
        patrol('P1', 'E1', '2026-11-10T02:00:00.000Z', [], ['other'], ['H1']),
        patrol('P2', 'E1', '2026-11-20T02:00:00.000Z', [], ['other'], ['H2']),
      ],
      TODAY,
    );
    expect(flags).toEqual([]);
  });

  it('is no longer found when the enterprise’s latest patrol did not find it', () => {
    const [flag] = repeatedFindings(
      [
        patrol('P1', 'E1', '2026-10-10T02:00:00.000Z', ['c07']),
        patrol('P2', 'E1', '2026-11-10T02:00:00.000Z', ['c07']),
        patrol('P3', 'E1', '2026-11-30T02:00:00.000Z', ['c01']),
      ],
      TODAY,
    );
    expect(flag).toMatchObject({ code: 'c07', stillFound: false, count: 2 });
  });

  it('ignores patrols older than 90 days: a repeat needs both in the window', () => {
    const patrols = [
      patrol('P1', 'E1', '2026-09-05T02:00:00.000Z', ['c07']), // 2026-09-05: the day before the window
      patrol('P2', 'E1', '2026-12-01T02:00:00.000Z', ['c07']),
    ];
    expect(repeatedFindings(patrols, TODAY)).toEqual([]);
    expect(repeatedFindings(patrols, '2026-12-03').map((f) => f.id)).toEqual(['E1:c07']);
  });

  it('lists the newest repeats first, then by enterprise and code', () => {
    const flags = repeatedFindings(
      [
        patrol('A1', 'E2', '2026-11-01T02:00:00.000Z', ['c01', 'c09']),
        patrol('A2', 'E2', '2026-11-15T02:00:00.000Z', ['c09', 'c01']),
        patrol('B1', 'E1', '2026-11-20T02:00:00.000Z', ['c05']),
        patrol('B2', 'E1', '2026-12-02T02:00:00.000Z', ['c05']),
      ],
      TODAY,
    );
    expect(flags.map((f) => f.id)).toEqual(['E1:c05', 'E2:c01', 'E2:c09']);
  });

  it('ties a hazard to its code by position, or takes all of a patrol’s hazards when they do not line up', () => {
    expect(hazardsOfCode(patrol('P', 'E', 'x', [], ['c01', 'c02'], ['H1', 'H2']), 'c02')).toEqual(['H2']);
    expect(hazardsOfCode(patrol('P', 'E', 'x', [], ['c01'], ['H1', 'H2']), 'c02')).toEqual(['H1', 'H2']);
  });
});
