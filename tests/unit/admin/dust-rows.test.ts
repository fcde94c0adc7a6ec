import { describe, expect, it } from 'vitest';
import type { DustRateResponse } from '#functions/dust-ladder/schemas';
import {
  dustParams,
  missingSheet,
  percentText,
  trendPoints,
} from '../../../admin/src/dashboard/dust/dustRows';

const answer: DustRateResponse = {
  level: 'town',
  date: '2026-12-02',
  days: 90,
  asOf: '2026-12-02T10:05:00.000Z',
  final: false,
  total: { sites: 3, uploaded: 2, rate: 2 / 3 },
  rows: [],
  missing: [
    {
      siteId: 's1',
      name: '抛光车间',
      location: '一号厂房',
      enterpriseId: 'e1',
      districtId: 'wujin',
      townId: 't1',
      townName: '湖塘镇',
    },
    {
      siteId: 's2',
      name: '打磨间',
      location: '二号厂房',
      enterpriseId: 'e2',
      districtId: 'wujin',
      townId: 't2',
      townName: null,
    },
  ],
  trend: [
    { day: '2026-12-01', sites: 3, uploaded: 3, rate: 1 },
    { day: '2026-12-02', sites: 3, uploaded: 2, rate: 2 / 3 },
  ],
};

describe('the dust rate widget’s rows', () => {
  it('formats rates to one decimal and asks districts for the city, towns otherwise', () => {
    // Assess
    expect([percentText(2 / 3), percentText(1), percentText(0), percentText(null)]).toEqual([
      '66.7%',
      '100.0%',
      '0.0%',
      null,
    ]);
    expect(dustParams('cityAdmin')).toEqual({ level: 'district', days: 90 });
    expect(dustParams('townOfficer')).toEqual({ level: 'town', days: 90 });
    expect(trendPoints(answer)).toEqual({ days: ['2026-12-01', '2026-12-02'], data: [100, 66.7] });
  });

  it('exports the sites not uploaded with Chinese headers and names', () => {
    // Assess
    expect(missingSheet(answer)).toEqual({
      name: '未上报粉尘场所',
      header: ['场所', '位置', '辖市（区）', '镇街', '企业编号'],
      rows: [
        ['抛光车间', '一号厂房', '武进区', '湖塘镇', 'e1'],
        ['打磨间', '二号厂房', '武进区', 't2', 'e2'],
      ],
    });
  });
});
