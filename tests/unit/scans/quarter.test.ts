import { describe, expect, it } from 'vitest';
import { type CountedScan, counterOf } from '#functions/scans/domain/counter';
import {
  businessDaysBetween,
  previousQuarter,
  scanCounterShard,
  scanQuarter,
  scanQuarterBounds,
} from '#functions/scans/domain/quarter';
import { scanCounterItem } from '#functions/scans/store/counter-item';

describe('the Asia/Shanghai quarter of a scan', () => {
  it('puts 2026-09-30T16:30Z in 2026Q4 (00:30 on 1 October in Beijing) and 15:59:59.999Z in Q3', () => {
    // Act
    const quarters = [
      scanQuarter('2026-09-30T16:30:00.000Z'),
      scanQuarter('2026-09-30T15:59:59.999Z'),
      scanQuarter('2026-09-30T16:00:00.000Z'),
      scanQuarter('2026-12-31T16:00:00.000Z'),
      scanQuarter('2026-03-31T15:00:00.000Z'),
    ];

    // Assess
    expect(quarters).toEqual(['2026Q4', '2026Q3', '2026Q4', '2027Q1', '2026Q1']);
  });

  it('bounds a quarter by Beijing midnights, and names the quarter before', () => {
    // Act
    const q4 = scanQuarterBounds('2026Q4');
    const q1 = scanQuarterBounds('2027Q1');

    // Assess
    expect(q4.first.toISOString()).toBe('2026-09-30T16:00:00.000Z');
    expect(q4.last.toISOString()).toBe('2026-12-31T15:59:59.999Z');
    expect(q1.last.toISOString()).toBe('2027-03-31T15:59:59.999Z');
    expect([previousQuarter('2027Q1'), previousQuarter('2026Q3')]).toEqual(['2026Q4', '2026Q2']);
    expect(() => scanQuarterBounds('2026-Q4')).toThrow();
  });

  it('lists the Beijing days between two instants', () => {
    // Act
    const days = businessDaysBetween(
      new Date('2026-09-30T16:00:00.000Z'),
      new Date('2026-10-02T17:00:00.000Z'),
    );

    // Assess
    expect(days).toEqual(['2026-10-01', '2026-10-02', '2026-10-03']);
  });
});

const scanAt = (scannedAt: string, flags: Partial<CountedScan> = {}): CountedScan => ({
  enterpriseId: 'e1',
  districtId: 'wujin',
  townId: 't1',
  scannedAt,
  late: false,
  principal: false,
  result: 'normal',
  ...flags,
});

describe('a counter recomputed from scans', () => {
  it('counts scans, late, principal and hazard scans, with the first and last instant and the newest place', () => {
    // Act
    const counter = counterOf('2026Q4', [
      scanAt('2026-11-02T01:00:00.000Z', { late: true, principal: true }),
      scanAt('2026-10-01T01:00:00.000Z', { result: 'hazard' }),
      scanAt('2026-12-05T01:00:00.000Z', { principal: true, result: 'hazard', townId: 't2', gridId: 'g2' }),
    ]);

    // Assess
    expect(counter).toEqual({
      enterpriseId: 'e1',
      districtId: 'wujin',
      townId: 't2',
      gridId: 'g2',
      quarter: '2026Q4',
      scans: 3,
      lateScans: 1,
      principalScans: 2,
      hazardScans: 2,
      firstScanAt: '2026-10-01T01:00:00.000Z',
      lastScanAt: '2026-12-05T01:00:00.000Z',
    });
    expect(counterOf('2026Q4', [])).toBeUndefined();
  });

  it('builds the stored item with its enterprise key and a district-quarter shard key', () => {
    // Act
    const item = scanCounterItem(
      {
        enterpriseId: 'ab',
        districtId: 'wujin',
        townId: 't1',
        quarter: '2026Q4',
        scans: 2,
        lateScans: 0,
        principalScans: 1,
        hazardScans: 0,
      },
      3,
      '2026-12-01T00:00:00.000Z',
    );

    // Assess: 'a' + 'b' = 97 + 98 = 195, 195 mod 8 = 3
    expect(scanCounterShard('ab')).toBe(3);
    expect(item).toMatchObject({
      pk: 'scanCounter#ab',
      sk: '2026Q4',
      gsi2pk: 'scanCounter#wujin#2026Q4#3',
      gsi2sk: 'ab',
      entity: 'scanCounter',
      scans: 2,
      principalScans: 1,
      version: 3,
      countedAt: '2026-12-01T00:00:00.000Z',
    });
    expect(item).not.toHaveProperty('gridId');
  });
});
