import { describe, expect, it } from 'vitest';
import { tallyDay } from '#functions/dust-ladder/domain/rate-tally';
import type { LadderSite } from '#functions/dust-ladder/domain/site';

const siteOf = (
  siteId: string,
  districtId: string,
  townId: string,
  createdDay = '2026-11-01',
): LadderSite => ({
  siteId,
  enterpriseId: `e-${siteId}`,
  districtId,
  townId,
  name: `场所${siteId}`,
  location: '车间',
  contactPhone: '13800001111',
  createdDay,
});

describe('a day’s upload-rate rows', () => {
  it('pools sites into towns, districts and the city; a site created later is not counted', () => {
    // Prepare: wujin t1 has 3 sites (2 uploaded), wujin t2 1 (not), jintan t3 1 (uploaded), one created tomorrow
    const sites = [
      siteOf('a', 'wujin', 't1'),
      siteOf('b', 'wujin', 't1'),
      siteOf('c', 'wujin', 't1'),
      siteOf('d', 'wujin', 't2'),
      siteOf('e', 'jintan', 't3'),
      siteOf('f', 'jintan', 't3', '2026-12-03'),
    ];
    const uploaded = new Set(['a', 'b', 'e', 'f']);

    // Act
    const rows = tallyDay(
      sites,
      '2026-12-02',
      (s) => uploaded.has(s.siteId),
      (id) => ({ t1: '湖塘镇' })[id],
    );

    // Assess
    const figures = rows.map((r) => [r.level, r.id, r.name, r.sites, r.uploaded, r.rate]);
    expect(figures).toEqual([
      ['city', 'city', '全市', 5, 3, 0.6],
      ['district', 'wujin', '武进区', 4, 2, 0.5],
      ['town', 't1', '湖塘镇', 3, 2, 2 / 3],
      ['town', 't2', null, 1, 0, 0],
      ['district', 'jintan', '金坛区', 1, 1, 1],
      ['town', 't3', null, 1, 1, 1],
      ['site', 'a', '场所a', 1, 1, 1],
      ['site', 'b', '场所b', 1, 1, 1],
      ['site', 'c', '场所c', 1, 0, 0],
      ['site', 'd', '场所d', 1, 0, 0],
      ['site', 'e', '场所e', 1, 1, 1],
    ]);
  });

  it('gives the city a row with no rate when there is no site', () => {
    // Act & Assess
    expect(
      tallyDay(
        [],
        '2026-12-02',
        () => true,
        () => undefined,
      ),
    ).toEqual([
      {
        level: 'city',
        id: 'city',
        name: '全市',
        districtId: null,
        townId: null,
        sites: 0,
        uploaded: 0,
        rate: null,
      },
    ]);
  });
});
