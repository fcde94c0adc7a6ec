import { describe, expect, it } from 'vitest';
import type { HazardState } from '#functions/hazards/index';
import type { ZeroingCheckItem } from '#functions/zeroing/store/entities/check';
import type { ZeroingEntryItem } from '#functions/zeroing/store/entities/entry';
import { toCheck, toEntry, zeroingAudit } from '#functions/zeroing/store/views';

/** The zeroing campaign's stored items as the API shows them, from hand-written items and hazard states. */
const entryItem = (overrides: Partial<ZeroingEntryItem> = {}): ZeroingEntryItem => ({
  campaignId: 'c1',
  enterpriseId: 'e1',
  enterpriseName: '常州市武进区湖塘机械厂',
  creditCode: '91320412MA1XXXXX0X',
  districtId: 'wujin',
  townId: 't1',
  hazards: [
    { hazardId: 'h1', description: '配电箱未接地', level: 'general' },
    { hazardId: 'h2', description: '粉尘未清扫', level: 'major' },
  ],
  addedAt: '2026-11-01T00:00:00.000Z',
  updatedAt: '2026-11-02T00:00:00.000Z',
  version: 1,
  ...overrides,
});

const state = (hazardId: string, status: HazardState['status'], closedAt?: string): HazardState => ({
  hazardId,
  enterpriseId: 'e1',
  districtId: 'wujin',
  townId: 't1',
  level: 'general',
  status,
  description: '—',
  ...(closedAt ? { closedAt } : {}),
});

describe('an entry of the campaign', () => {
  it('shows each listed hazard with its state now, its closing time when it has one', () => {
    const states = new Map([
      ['h1', state('h1', 'CLOSED', '2026-11-20T02:00:00.000Z')],
      ['h2', state('h2', 'OPEN')],
    ]);
    expect(toEntry(entryItem(), states)).toEqual({
      id: 'e1',
      campaignId: 'c1',
      enterpriseId: 'e1',
      enterpriseName: '常州市武进区湖塘机械厂',
      creditCode: '91320412MA1XXXXX0X',
      districtId: 'wujin',
      townId: 't1',
      gridId: null,
      hazards: [
        {
          hazardId: 'h1',
          description: '配电箱未接地',
          level: 'general',
          status: 'CLOSED',
          closedAt: '2026-11-20T02:00:00.000Z',
        },
        { hazardId: 'h2', description: '粉尘未清扫', level: 'major', status: 'OPEN' },
      ],
      allClosed: false,
      addedAt: '2026-11-01T00:00:00.000Z',
      updatedAt: '2026-11-02T00:00:00.000Z',
    });
  });

  it('keeps a listed hazard as listed when its state is gone, and names its grid when it has one', () => {
    const entry = toEntry(entryItem({ gridId: 'g1' }), new Map());
    expect(entry.hazards).toEqual([
      { hazardId: 'h1', description: '配电箱未接地', level: 'general' },
      { hazardId: 'h2', description: '粉尘未清扫', level: 'major' },
    ]);
    expect(entry.gridId).toBe('g1');
    expect(entry.allClosed).toBe(false);
  });

  it('is all closed only when it lists hazards and every one is closed', () => {
    const closed = new Map([
      ['h1', state('h1', 'CLOSED')],
      ['h2', state('h2', 'CLOSED')],
    ]);
    const oneOpen = new Map([
      ['h1', state('h1', 'CLOSED')],
      ['h2', state('h2', 'RECTIFIED')],
    ]);
    const oneUnknown = new Map([['h1', state('h1', 'CLOSED')]]);
    expect(toEntry(entryItem(), closed).allClosed).toBe(true);
    expect(toEntry(entryItem(), oneOpen).allClosed).toBe(false);
    expect(toEntry(entryItem(), oneUnknown).allClosed).toBe(false);
    expect(toEntry(entryItem({ hazards: [] }), closed).allClosed).toBe(false);
  });
});

describe('a check and an audit record', () => {
  const checkItem: ZeroingCheckItem = {
    campaignId: 'c1',
    checkId: 'k1',
    enterpriseId: 'e1',
    enterpriseName: '常州市武进区湖塘机械厂',
    districtId: 'wujin',
    townId: 't1',
    level: 'city',
    checkedOn: '2026-11-25',
    checkers: ['张三', '李四'],
    results: [{ hazardId: 'h1', zeroed: true }],
    zeroed: true,
    photoIds: ['p1'],
    createdBy: 'u1',
    createdByName: '市局张三',
    createdAt: '2026-11-25T03:00:00.000Z',
  };

  it('shows a check with its id and a null grid when it has none', () => {
    expect(toCheck(checkItem)).toEqual({
      id: 'k1',
      campaignId: 'c1',
      enterpriseId: 'e1',
      enterpriseName: '常州市武进区湖塘机械厂',
      districtId: 'wujin',
      townId: 't1',
      gridId: null,
      level: 'city',
      checkedOn: '2026-11-25',
      checkers: ['张三', '李四'],
      results: [{ hazardId: 'h1', zeroed: true }],
      zeroed: true,
      photoIds: ['p1'],
      createdBy: 'u1',
      createdByName: '市局张三',
      createdAt: '2026-11-25T03:00:00.000Z',
    });
    expect(toCheck({ ...checkItem, gridId: 'g1' }).gridId).toBe('g1');
  });

  it('makes an audit record with no before, the city’s null district unless one is given', () => {
    expect(zeroingAudit('create', 'zeroingCampaign', 'c1', '新建清零行动', { name: '行动' })).toEqual({
      action: 'create',
      entity: 'zeroingCampaign',
      entityId: 'c1',
      districtId: null,
      before: null,
      after: { name: '行动' },
      summary: '新建清零行动',
    });
    expect(zeroingAudit('import', 'zeroingCheck', 'k1', '导入', {}, 'wujin').districtId).toBe('wujin');
  });
});
