import { describe, expect, it } from 'vitest';
import * as enterpriseKinds from '#functions/enterprises/domain/kinds';
import { enterpriseStatuses, industries } from '#functions/grid-coverage/domain/kinds';
import { coveragePercent, coverageSlot, tallyDistrict } from '#functions/grid-coverage/domain/tally';

describe('grid coverage: the pure parts', () => {
  it("keeps its copy of the enterprises' industries and statuses equal to theirs", () => {
    expect(industries).toEqual(enterpriseKinds.industries);
    expect(enterpriseStatuses).toEqual(enterpriseKinds.enterpriseStatuses);
  });

  it('counts active enterprises per town, leaving out the closed ones, towns by name', () => {
    const rows = [
      { townId: 't2', gridId: 'g1', status: '正常生产' },
      { townId: 't2', status: '停产' },
      { townId: 't2', status: '关闭' },
      { townId: 't1', status: '正常生产' },
      { townId: 't1', gridId: 'g2', status: '关闭' },
      { townId: 't9', gridId: 'g9', status: '正常生产' },
    ];
    const names: Record<string, string> = { t1: '湖塘镇', t2: '牛塘镇' };
    const district = tallyDistrict('wujin', rows, (id) => names[id]);
    expect(district).toMatchObject({ districtName: '武进区', total: 4, inGrid: 2, outside: 2 });
    expect(district.towns).toEqual([
      { townId: 't1', townName: '湖塘镇', total: 1, inGrid: 0, outside: 1 },
      { townId: 't2', townName: '牛塘镇', total: 2, inGrid: 1, outside: 1 },
      { townId: 't9', townName: 't9', total: 1, inGrid: 1, outside: 0 },
    ]);
  });

  it('gives coverage in percent with two decimals, null without enterprises', () => {
    expect(coveragePercent({ total: 33753, inGrid: 28328, outside: 5425 })).toBe(83.93);
    expect(coveragePercent({ total: 3, inGrid: 3, outside: 0 })).toBe(100);
    expect(coveragePercent({ total: 0, inGrid: 0, outside: 0 })).toBeNull();
  });

  it('runs the job once per 10-minute slot', () => {
    expect(coverageSlot(new Date('2030-01-01T02:19:59Z'))).toBe('2030-01-01T02:10');
    expect(coverageSlot(new Date('2030-01-01T02:20:00Z'))).toBe('2030-01-01T02:20');
  });
});
