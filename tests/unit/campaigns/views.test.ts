import { describe, expect, it } from 'vitest';
import {
  type CampaignItem,
  campaignView,
  sentCounts,
  type TargetItem,
  targetView,
} from '#functions/campaigns/store/views';

/**
 * A campaign and its targets as the console sees them, from hand-written items: totals restricted to the
 * caller's districts, 自查率 in percent with two decimals, the detail's progress rows, the deadline day closing.
 */
const item = (overrides: Partial<CampaignItem> = {}): CampaignItem =>
  ({
    campaignId: 'c1',
    title: '冬季用电安全自查',
    items: [{ itemId: '01', text: '配电箱已接地' }, { itemId: '02' }],
    filter: { districtId: undefined, industry: '机械' },
    deadline: '2026-12-10',
    reminderDays: 3,
    status: 'sent',
    createdBy: 'u1',
    createdByName: '市局张三',
    createdAt: '2026-12-01T01:00:00.000Z',
    updatedAt: '2026-12-01T02:00:00.000Z',
    sendStartedAt: '2026-12-01T01:05:00.000Z',
    sentAt: '2026-12-01T01:30:00.000Z',
    sentByDistrict: JSON.stringify({ wujin: 300, liyang: 100, xinbei: 0 }),
    ...overrides,
  }) as CampaignItem;

const submitted = { wujin: 273, liyang: 1 };
const BEFORE_END = new Date('2026-12-10T15:59:59.000Z'); // 23:59:59 on the deadline day in Beijing
const AFTER_END = new Date('2026-12-10T16:00:00.000Z'); // 00:00 the day after

describe('a campaign as the console sees it', () => {
  it('sums the city’s districts, rates 274 of 400 as 68.5, and keeps only the filter’s set fields', () => {
    const view = campaignView(item(), submitted, ['liyang', 'jintan', 'wujin'], BEFORE_END);
    expect(view).toEqual({
      id: 'c1',
      campaignId: 'c1',
      title: '冬季用电安全自查',
      items: [
        { itemId: '01', text: '配电箱已接地' },
        { itemId: '02', text: '' },
      ],
      filter: { industry: '机械' },
      deadline: '2026-12-10',
      reminderDays: 3,
      status: 'sent',
      closed: false,
      createdBy: 'u1',
      createdByName: '市局张三',
      createdAt: '2026-12-01T01:00:00.000Z',
      sendStartedAt: '2026-12-01T01:05:00.000Z',
      sentAt: '2026-12-01T01:30:00.000Z',
      sent: 400,
      submitted: 274,
      rate: 68.5,
    });
  });

  it('gives a district admin its district’s figures and, on the detail, one progress row per district sent to', () => {
    const wujin = campaignView(item({ ownerDistrictId: 'wujin' }), submitted, ['wujin'], AFTER_END, true);
    expect(wujin).toMatchObject({
      ownerDistrictId: 'wujin',
      sent: 300,
      submitted: 273,
      rate: 91,
      closed: true,
    });
    expect(wujin.progress).toEqual([{ districtId: 'wujin', sent: 300, submitted: 273, rate: 91 }]);
    const city = campaignView(item(), submitted, ['liyang', 'jintan', 'wujin', 'xinbei'], AFTER_END, true);
    expect(city.progress).toEqual([
      { districtId: 'liyang', sent: 100, submitted: 1, rate: 1 },
      { districtId: 'wujin', sent: 300, submitted: 273, rate: 91 },
    ]);
  });

  it('has no rate and no send times while a draft has been sent to no one', () => {
    const draft = item({
      status: 'draft',
      sentByDistrict: undefined,
      sendStartedAt: undefined,
      sentAt: undefined,
    });
    const view = campaignView(draft, {}, ['wujin'], BEFORE_END);
    expect(view).toMatchObject({ sent: 0, submitted: 0, rate: null });
    expect(view).not.toHaveProperty('sentAt');
    expect(view).not.toHaveProperty('sendStartedAt');
    expect(view).not.toHaveProperty('ownerDistrictId');
    expect(view).not.toHaveProperty('progress');
    expect(sentCounts(draft)).toEqual({});
    expect(sentCounts(item())).toEqual({ wujin: 300, liyang: 100, xinbei: 0 });
  });
});

describe('a target as the console sees it', () => {
  const target = (overrides: Partial<TargetItem> = {}): TargetItem =>
    ({
      campaignId: 'c1',
      enterpriseId: 'e1',
      enterpriseName: '常州湖塘机械厂',
      districtId: 'wujin',
      townId: 't1',
      title: '冬季用电安全自查',
      deadline: '2026-12-10',
      sentAt: '2026-12-01T01:10:00.000Z',
      ...overrides,
    }) as TargetItem;

  it('shows a target not yet answered with no fail count as 0 and no answers', () => {
    expect(targetView(target(), true)).toEqual({
      id: 'e1',
      campaignId: 'c1',
      enterpriseId: 'e1',
      enterpriseName: '常州湖塘机械厂',
      districtId: 'wujin',
      townId: 't1',
      sentAt: '2026-12-01T01:10:00.000Z',
      failCount: 0,
    });
  });

  it('shows the answers only when asked, each with its defaults filled', () => {
    const answered = target({
      gridId: 'g1',
      submittedAt: '2026-12-02T03:00:00.000Z',
      submittedByName: '王安全',
      failCount: 1,
      answers: [
        { itemId: '01', result: 'fail', note: '未接地', photoIds: ['p1'], hazardId: 'h1' },
        { itemId: '02' },
      ],
    } as Partial<TargetItem>);
    expect(targetView(answered)).not.toHaveProperty('answers');
    expect(targetView(answered, true)).toMatchObject({
      gridId: 'g1',
      submittedAt: '2026-12-02T03:00:00.000Z',
      submittedByName: '王安全',
      failCount: 1,
      answers: [
        { itemId: '01', result: 'fail', note: '未接地', photoIds: ['p1'], hazardId: 'h1' },
        { itemId: '02', result: 'na', photoIds: [] },
      ],
    });
  });
});
