import { describe, expect, it } from 'vitest';
import { type Census, tallyStats } from '#functions/stats/domain/tally';
import type { StatsSnapshot } from '#functions/stats/schemas';

/**
 * A small city written by hand. 武进区: 湖塘镇 (T1) with grids 第1网格 (G1) and 第2网格 (G2, no enterprise), and
 * 牛塘镇 (T2, no grid); 溧阳市: 溧城街道 (T3) with 第1网格 (G3). The expected counts below are counted by hand
 * from these lists, never computed.
 */
const census: Census = {
  enterprises: [
    { id: 'e1', districtId: 'wujin', townId: 'T1', gridId: 'G1', status: '正常生产' },
    { id: 'e2', districtId: 'wujin', townId: 'T1', gridId: 'G1', status: '停产' },
    { id: 'e3', districtId: 'wujin', townId: 'T1', status: '正常生产' },
    { id: 'e4', districtId: 'wujin', townId: 'T2', status: '关闭' },
    { id: 'e5', districtId: 'liyang', townId: 'T3', gridId: 'G3', status: '正常生产' },
  ],
  accounts: [
    { role: 'cityAdmin', disabled: false },
    { role: 'districtAdmin', districtId: 'wujin', disabled: false },
    { role: 'townOfficer', districtId: 'wujin', townId: 'T1', disabled: false },
    { role: 'gridMember', districtId: 'wujin', townId: 'T1', gridId: 'G2', disabled: false },
    // Enterprise users carry their district only: they sit where their enterprise sits.
    { role: 'enterpriseUser', districtId: 'wujin', enterpriseId: 'e1', disabled: false },
    { role: 'enterpriseUser', districtId: 'liyang', enterpriseId: 'e5', disabled: true },
    // Its enterprise is gone: counted in its district only.
    { role: 'enterpriseUser', districtId: 'liyang', enterpriseId: 'gone', disabled: false },
  ],
  messages: [
    { status: 'SENT', districtId: 'wujin' },
    { status: 'SENT', districtId: 'wujin' },
    { status: 'DEAD', districtId: 'liyang' },
    { status: 'PENDING' },
  ],
  names: {
    town: (id) => ({ T1: { name: '湖塘镇' }, T2: { name: '牛塘镇' }, T3: { name: '溧城街道' } })[id],
    grid: (id) => ({ G1: { name: '第1网格' }, G2: { name: '第2网格' }, G3: { name: '第1网格' } })[id],
  },
  day: '2026-12-01',
  generatedAt: '2026-12-01T02:10:00.000Z',
};

const snapshots = tallyStats(census);
const snapshot = (kind: string, id: string): StatsSnapshot | undefined =>
  snapshots.find((each) => each.scope.kind === kind && each.scope.id === id);
const zeroDistrict = (id: string, name: string) => ({ id, name, total: 0, inGrid: 0, byStatus: {} });

describe('the dashboard counts (stats tally)', () => {
  it('makes one snapshot for the city, each of the 7 districts, and each town and grid that has anything', () => {
    expect(snapshots.map((each) => `${each.scope.kind}#${each.scope.id}`).sort()).toEqual(
      [
        'city#city',
        ...['liyang', 'jintan', 'wujin', 'xinbei', 'tianning', 'zhonglou', 'jingkai'].map(
          (d) => `district#${d}`,
        ),
        'town#T1',
        'town#T2',
        'town#T3',
        'grid#G1',
        'grid#G2',
        'grid#G3',
      ].sort(),
    );
  });

  it('counts the city: enterprises by status and in a grid, per district in the fixed order, accounts, messages', () => {
    expect(snapshot('city', 'city')).toEqual({
      scope: { kind: 'city', id: 'city', name: null },
      generatedAt: '2026-12-01T02:10:00.000Z',
      enterprises: { total: 5, inGrid: 3, byStatus: { 正常生产: 3, 停产: 1, 关闭: 1 } },
      areas: [
        { id: 'liyang', name: '溧阳市', total: 1, inGrid: 1, byStatus: { 正常生产: 1 } },
        zeroDistrict('jintan', '金坛区'),
        { id: 'wujin', name: '武进区', total: 4, inGrid: 2, byStatus: { 正常生产: 2, 停产: 1, 关闭: 1 } },
        zeroDistrict('xinbei', '新北区'),
        zeroDistrict('tianning', '天宁区'),
        zeroDistrict('zhonglou', '钟楼区'),
        zeroDistrict('jingkai', '常州经开区'),
      ],
      accounts: {
        total: 7,
        disabled: 1,
        byRole: { cityAdmin: 1, districtAdmin: 1, townOfficer: 1, gridMember: 1, enterpriseUser: 3 },
      },
      messagesToday: { day: '2026-12-01', total: 4, byStatus: { SENT: 2, DEAD: 1, PENDING: 1 } },
    });
  });

  it('counts a district by town, with its own accounts and messages only', () => {
    expect(snapshot('district', 'wujin')).toEqual({
      scope: { kind: 'district', id: 'wujin', name: '武进区' },
      generatedAt: '2026-12-01T02:10:00.000Z',
      enterprises: { total: 4, inGrid: 2, byStatus: { 正常生产: 2, 停产: 1, 关闭: 1 } },
      areas: [
        { id: 'T1', name: '湖塘镇', total: 3, inGrid: 2, byStatus: { 正常生产: 2, 停产: 1 } },
        { id: 'T2', name: '牛塘镇', total: 1, inGrid: 0, byStatus: { 关闭: 1 } },
      ],
      accounts: {
        total: 4,
        disabled: 0,
        byRole: { districtAdmin: 1, townOfficer: 1, gridMember: 1, enterpriseUser: 1 },
      },
      messagesToday: { day: '2026-12-01', total: 2, byStatus: { SENT: 2 } },
    });
    expect(snapshot('district', 'liyang')).toMatchObject({
      enterprises: { total: 1, inGrid: 1, byStatus: { 正常生产: 1 } },
      accounts: { total: 2, disabled: 1, byRole: { enterpriseUser: 2 } },
      messagesToday: { total: 1, byStatus: { DEAD: 1 } },
    });
  });

  it('gives a district with nothing in it zeros, not a missing snapshot', () => {
    expect(snapshot('district', 'jintan')).toEqual({
      scope: { kind: 'district', id: 'jintan', name: '金坛区' },
      generatedAt: '2026-12-01T02:10:00.000Z',
      enterprises: { total: 0, inGrid: 0, byStatus: {} },
      areas: [],
      accounts: { total: 0, disabled: 0, byRole: {} },
      messagesToday: { day: '2026-12-01', total: 0, byStatus: {} },
    });
  });

  it('counts a town by grid, 网格外 last, a grid with only a member listed with zeros, and no messages', () => {
    expect(snapshot('town', 'T1')).toEqual({
      scope: { kind: 'town', id: 'T1', name: '湖塘镇' },
      generatedAt: '2026-12-01T02:10:00.000Z',
      enterprises: { total: 3, inGrid: 2, byStatus: { 正常生产: 2, 停产: 1 } },
      areas: [
        { id: 'G1', name: '第1网格', total: 2, inGrid: 2, byStatus: { 正常生产: 1, 停产: 1 } },
        { id: 'G2', name: '第2网格', total: 0, inGrid: 0, byStatus: {} },
        { id: null, name: null, total: 1, inGrid: 0, byStatus: { 正常生产: 1 } },
      ],
      accounts: { total: 3, disabled: 0, byRole: { townOfficer: 1, gridMember: 1, enterpriseUser: 1 } },
      messagesToday: null,
    });
    expect(snapshot('town', 'T2')).toMatchObject({
      enterprises: { total: 1, inGrid: 0, byStatus: { 关闭: 1 } },
      areas: [{ id: null, name: null, total: 1, inGrid: 0, byStatus: { 关闭: 1 } }],
      accounts: { total: 0, disabled: 0, byRole: {} },
    });
  });

  it('counts a grid: its enterprises, its members and its enterprises’ users', () => {
    expect(snapshot('grid', 'G1')).toEqual({
      scope: { kind: 'grid', id: 'G1', name: '第1网格' },
      generatedAt: '2026-12-01T02:10:00.000Z',
      enterprises: { total: 2, inGrid: 2, byStatus: { 正常生产: 1, 停产: 1 } },
      areas: [],
      accounts: { total: 1, disabled: 0, byRole: { enterpriseUser: 1 } },
      messagesToday: null,
    });
    expect(snapshot('grid', 'G2')).toMatchObject({
      enterprises: { total: 0, inGrid: 0, byStatus: {} },
      accounts: { total: 1, byRole: { gridMember: 1 } },
    });
    expect(snapshot('grid', 'G3')).toMatchObject({
      scope: { name: '第1网格' },
      accounts: { total: 1, disabled: 1, byRole: { enterpriseUser: 1 } },
    });
  });

  it('shows an id it has no name for as it is, and counts messages of an unknown district in the city only', () => {
    // Act
    const [city, ...rest] = tallyStats({
      ...census,
      enterprises: [{ id: 'x', districtId: 'wujin', townId: 'T9', status: '停产' }],
      accounts: [],
      messages: [{ status: 'SENT', districtId: 'nowhere' }],
    });

    // Assess
    expect(city?.messagesToday).toEqual({ day: '2026-12-01', total: 1, byStatus: { SENT: 1 } });
    expect(rest.find((each) => each.scope.id === 'T9')?.scope.name).toBe('T9');
    expect(rest.some((each) => each.scope.id === 'nowhere')).toBe(false);
  });
});
