import { describe, expect, it } from 'vitest';
import { narrowArea, rateLevelInScope } from '#functions/dust-ladder/domain/rate-scope';
import { dustLadderCron, ladderHour } from '#functions/dust-ladder/domain/schedule';
import { dustLadderManifest } from '#functions/dust-ladder/manifest';

describe('the dust rate’s scope', () => {
  it('lets a caller read its own level and below, never above', () => {
    // Act & Assess
    const town = { kind: 'town', districtId: 'wujin', townId: 't1' } as const;
    const district = { kind: 'district', districtId: 'wujin' } as const;
    expect(['city', 'district', 'town', 'site'].map((l) => rateLevelInScope(town, l as never))).toEqual([
      false,
      false,
      true,
      true,
    ]);
    expect(rateLevelInScope(district, 'district')).toBe(true);
    expect(rateLevelInScope(district, 'city')).toBe(false);
    expect(rateLevelInScope({ kind: 'all' }, 'city')).toBe(true);
    expect(rateLevelInScope({ kind: 'grid', districtId: 'wujin', townId: 't1', gridId: 'g' }, 'site')).toBe(
      false,
    );
    expect(rateLevelInScope({ kind: 'enterprise', enterpriseId: 'e' }, 'site')).toBe(false);
  });

  it('pins the caller’s district and town and gives nothing for another area', () => {
    // Act & Assess
    const town = { kind: 'town', districtId: 'wujin', townId: 't1' } as const;
    expect(narrowArea(town, {})).toEqual({ districtId: 'wujin', townId: 't1' });
    expect(narrowArea(town, { townId: 't2' })).toBeNull();
    expect(narrowArea({ kind: 'district', districtId: 'wujin' }, { districtId: 'jintan' })).toBeNull();
    expect(narrowArea({ kind: 'district', districtId: 'wujin' }, { townId: 't9' })).toEqual({
      districtId: 'wujin',
      townId: 't9',
    });
    expect(narrowArea({ kind: 'all' }, { districtId: 'jintan' })).toEqual({ districtId: 'jintan' });
  });
});

describe('the ladder’s schedule', () => {
  it('runs at 18:00 Beijing time unless DUST_LADDER_HOUR says otherwise, and refuses a bad hour', () => {
    // Act & Assess
    expect(ladderHour(undefined)).toBe(18);
    expect(ladderHour('')).toBe(18);
    expect(ladderHour('20')).toBe(20);
    expect(dustLadderCron(7)).toBe('0 7 * * *');
    for (const bad of ['24', '-1', '18.5', 'six']) expect(() => ladderHour(bad)).toThrow();
    expect(dustLadderManifest.jobs.map((job) => [job.name, job.cron])).toEqual([
      ['dust-ladder', '0 18 * * *'],
      ['dust-rate', '5 * * * *'],
    ]);
  });
});
