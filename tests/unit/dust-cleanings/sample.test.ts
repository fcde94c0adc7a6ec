import { describe, expect, it } from 'vitest';
import { spotCheckSample, spotCheckShare } from '#functions/dust-cleanings/domain/sample';

const cleanings = (count: number, suspect: (i: number) => boolean = () => false) =>
  Array.from({ length: count }, (_, i) => ({
    cleaningId: `C${String(i).padStart(3, '0')}`,
    suspect: suspect(i),
  }));
const ids = (picked: { cleaningId: string }[]) => picked.map((c) => c.cleaningId);

describe('the spot check share', () => {
  it('reads DUST_SPOT_CHECK_SHARE in (0, 1], else 10 %', () => {
    expect(spotCheckShare('0.25')).toBe(0.25);
    expect(spotCheckShare('1')).toBe(1);
    for (const bad of [undefined, '', '0', '-0.1', '1.5', 'ten', 'NaN'])
      expect(spotCheckShare(bad)).toBe(0.1);
  });
});

describe('sampling a town’s cleanings of a day', () => {
  it('takes ⌈share × n⌉, and at least one from a town that uploaded', () => {
    expect(spotCheckSample(cleanings(40), 0.1, '2026-12-01', 'hutang')).toHaveLength(4);
    expect(spotCheckSample(cleanings(41), 0.1, '2026-12-01', 'hutang')).toHaveLength(5);
    expect(spotCheckSample(cleanings(30), 0.1, '2026-12-01', 'hutang')).toHaveLength(3);
    expect(spotCheckSample(cleanings(3), 0.1, '2026-12-01', 'hutang')).toHaveLength(1);
    expect(spotCheckSample(cleanings(5), 1, '2026-12-01', 'hutang')).toHaveLength(5);
    expect(spotCheckSample([], 0.1, '2026-12-01', 'hutang')).toEqual([]);
  });

  it('always includes every suspect cleaning, first, even beyond the share', () => {
    const all = cleanings(20, (i) => i === 7 || i === 3 || i === 15);
    const picked = spotCheckSample(all, 0.1, '2026-12-01', 'hutang');
    expect(ids(picked)).toEqual(['C003', 'C007', 'C015']);
    const few = spotCheckSample(
      cleanings(40, (i) => i === 9),
      0.1,
      '2026-12-01',
      'hutang',
    );
    expect(few).toHaveLength(4);
    expect(few[0]?.cleaningId).toBe('C009');
    expect(few.filter((c) => c.suspect)).toHaveLength(1);
  });

  it('draws the same cleanings for the same day and town whatever the input order', () => {
    const all = cleanings(50);
    const once = ids(spotCheckSample(all, 0.1, '2026-12-01', 'hutang'));
    const again = ids(spotCheckSample([...all].reverse(), 0.1, '2026-12-01', 'hutang'));
    expect(again).toEqual(once);
    expect(new Set(once).size).toBe(5);
  });

  it('draws differently on another day or in another town', () => {
    const all = cleanings(50);
    const base = ids(spotCheckSample(all, 0.1, '2026-12-01', 'hutang')).join();
    expect(ids(spotCheckSample(all, 0.1, '2026-12-02', 'hutang')).join()).not.toBe(base);
    expect(ids(spotCheckSample(all, 0.1, '2026-12-01', 'niutang')).join()).not.toBe(base);
  });
});
