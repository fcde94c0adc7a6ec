import { describe, expect, it } from 'vitest';
import { overduePeriod } from '#functions/metrics/domain/overdue-period';
import { rollUp } from '#functions/metrics/domain/overdue-rollup';
import { addPoints, mergeTallies, type Tally } from '#functions/metrics/domain/overdue-tally';
import { topLists } from '#functions/metrics/domain/overdue-top';
import type { OverduePoint } from '#functions/risk-points/index';

/** Judged at 2026-12-02 10:00 Beijing (02:00Z). Due before that instant = overdue; due exactly then = not yet. */
const AT = new Date('2026-12-02T02:00:00.000Z');
const LATE = '2026-12-01T00:00:00.000Z';
const EXACT = '2026-12-02T02:00:00.000Z';
const LATER = '2026-12-03T00:00:00.000Z';

const e1 = { enterpriseId: 'e1', enterpriseName: '甲厂', districtId: 'wujin', townId: 'T1', gridId: 'G1' };
const e2 = { enterpriseId: 'e2', enterpriseName: '乙厂', districtId: 'wujin', townId: 'T1' };
const e3 = { enterpriseId: 'e3', enterpriseName: '丙厂', districtId: 'wujin', townId: 'T2' };
const e4 = { enterpriseId: 'e4', enterpriseName: '丁厂', districtId: 'liyang', townId: 'T3' };

/**
 * e1: red late, red later, orange late, blue exact (not overdue)  → 4 active, 2 overdue (red 1/2, orange 1/1)
 * e2: orange late, orange late, yellow later                       → 3 active, 2 overdue (orange 2/2)
 * e3: yellow late                                                  → 1 active, 1 overdue (yellow 1/1)
 * e4: red later, blue later                                        → 2 active, 0 overdue
 */
const points: OverduePoint[] = [
  { ...e1, level: 'red', nextDueAt: LATE },
  { ...e1, level: 'red', nextDueAt: LATER },
  { ...e1, level: 'orange', nextDueAt: LATE },
  { ...e1, level: 'blue', nextDueAt: EXACT },
  { ...e2, level: 'orange', nextDueAt: LATE },
  { ...e2, level: 'orange', nextDueAt: LATE },
  { ...e2, level: 'yellow', nextDueAt: LATER },
  { ...e3, level: 'yellow', nextDueAt: LATE },
  { ...e4, level: 'red', nextDueAt: LATER },
  { ...e4, level: 'blue', nextDueAt: LATER },
];

const f = (active: number, overdue: number, rate: number | null) => ({ active, overdue, rate });

describe('the overdue tally', () => {
  it('counts active and overdue points per enterprise and level, T > nextDueAt', () => {
    // Act
    const tally: Tally = new Map();
    addPoints(tally, points, AT);

    // Assess
    expect(tally.get('e1')).toEqual({
      enterpriseId: 'e1',
      name: '甲厂',
      districtId: 'wujin',
      townId: 'T1',
      gridId: 'G1',
      counts: [2, 1, 1, 1, 0, 0, 1, 0],
    });
    expect(tally.get('e2')?.counts).toEqual([0, 0, 2, 2, 1, 0, 0, 0]);
    expect(tally.get('e2')?.gridId).toBeNull();
  });

  it('pools enterprises into towns, districts and the city by level, with rates', () => {
    // Prepare
    const tally: Tally = new Map();
    addPoints(tally, points, AT);

    // Act
    const rollup = rollUp(tally);

    // Assess
    expect(rollup.city).toEqual([
      {
        parentId: '-',
        row: {
          level: 'city',
          id: 'city',
          name: '全市',
          districtId: null,
          townId: null,
          gridId: null,
          figures: {
            total: f(10, 5, 0.5),
            red: f(3, 1, 1 / 3),
            orange: f(3, 3, 1),
            yellow: f(2, 1, 0.5),
            blue: f(2, 0, 0),
          },
          overdueSevere: 4,
        },
      },
    ]);
    expect(
      rollup.district.map(({ parentId, row }) => [parentId, row.id, row.name, row.figures.total]),
    ).toEqual([
      ['city', 'liyang', '溧阳市', f(2, 0, 0)],
      ['city', 'wujin', '武进区', f(8, 5, 0.625)],
    ]);
    expect(
      rollup.town.map(({ parentId, row }) => [parentId, row.id, row.figures.total, row.overdueSevere]),
    ).toEqual([
      ['wujin', 'T1', f(7, 4, 4 / 7), 4],
      ['wujin', 'T2', f(1, 1, 1), 0],
      ['liyang', 'T3', f(2, 0, 0), 0],
    ]);
    expect(rollup.enterprise.map(({ parentId, row }) => [parentId, row.id, row.figures.yellow])).toEqual([
      ['T1', 'e1', f(0, 0, null)],
      ['T1', 'e2', f(1, 0, 0)],
      ['T2', 'e3', f(1, 1, 1)],
      ['T3', 'e4', f(0, 0, null)],
    ]);
  });

  it('merges tallies of disjoint partitions into exactly the tally of one read', () => {
    // Prepare: the red and blue partitions in one segment, orange and yellow in the other
    const one: Tally = new Map();
    addPoints(one, points, AT);
    const a: Tally = new Map();
    const b: Tally = new Map();
    addPoints(
      a,
      points.filter((p) => p.level === 'red' || p.level === 'blue'),
      AT,
    );
    addPoints(
      b,
      points.filter((p) => p.level === 'orange' || p.level === 'yellow'),
      AT,
    );

    // Act
    const merged = mergeTallies([b, a]);

    // Assess
    expect(rollUp(merged)).toEqual(rollUp(one));
    expect(merged.get('e1')?.counts).toEqual([2, 1, 1, 1, 0, 0, 1, 0]);
  });

  it('takes the smallest name where points of one enterprise disagree, whatever the order', () => {
    // Prepare
    const renamed: OverduePoint[] = [
      { ...e1, enterpriseName: '乙名', level: 'red', nextDueAt: LATE },
      { ...e1, enterpriseName: '甲名', level: 'red', nextDueAt: LATE },
    ];
    const forward: Tally = new Map();
    const backward: Tally = new Map();

    // Act
    addPoints(forward, renamed, AT);
    addPoints(backward, [...renamed].reverse(), AT);

    // Assess
    expect(forward.get('e1')?.name).toBe('乙名');
    expect(backward.get('e1')?.name).toBe('乙名');
  });

  it('lists the enterprises with the most overdue red and orange points per city, district and town', () => {
    // Prepare
    const tally: Tally = new Map();
    addPoints(tally, points, AT);

    // Act
    const lists = topLists(rollUp(tally));

    // Assess: e1 and e2 both have 2 red+orange overdue; e1 has more red; e3's is yellow, e4 has none
    const ids = Object.fromEntries(
      lists.map((list) => [`${list.scope}#${list.scopeId}`, list.rows.map((r) => r.id)]),
    );
    expect(ids).toEqual({
      'city#city': ['e1', 'e2'],
      'district#liyang': [],
      'district#wujin': ['e1', 'e2'],
      'town#T1': ['e1', 'e2'],
      'town#T2': [],
      'town#T3': [],
    });
  });
});

describe('the overdue period', () => {
  it('is the Beijing hour, judged at its start; the run at Beijing midnight also closes the day before', () => {
    expect(overduePeriod(new Date('2026-12-02T02:37:12Z'))).toEqual({
      periodKey: '2026-12-02T10',
      asOf: new Date('2026-12-02T02:00:00Z'),
      hourSlot: 'h10',
      day: null,
    });
    expect(overduePeriod(new Date('2026-12-01T16:00:00Z'))).toEqual({
      periodKey: '2026-12-02T00',
      asOf: new Date('2026-12-01T16:00:00Z'),
      hourSlot: 'h00',
      day: '2026-12-01',
    });
  });
});
