import { describe, expect, it } from 'vitest';
import { planSite } from '#functions/dust-ladder/domain/plan';
import type { LadderSite } from '#functions/dust-ladder/domain/site';

const site: LadderSite = {
  siteId: 's1',
  enterpriseId: 'e1',
  districtId: 'wujin',
  townId: 't1',
  name: '抛光车间',
  location: '一号厂房',
  contactPhone: '13800001111',
  createdDay: '2026-11-01',
};
const principal = { name: '王总', phone: '13900002222' };

describe('one site’s ladder plan', () => {
  it('asks for nothing without a streak', () => {
    // Act & Assess
    expect(planSite(site, { k: 0, start: null }, '2026-12-02', principal)).toEqual({
      sms: [],
      tasks: [],
      noPhone: 0,
      askedFirstToday: [],
    });
  });

  it.each([
    [1, '2026-12-02', ['dust-remind#s1#2026-12-02']],
    [2, '2026-12-01', ['dust-remind#s1#2026-12-02']],
    [3, '2026-11-30', ['dust-remind#s1#2026-12-02', 'dust-urge#s1#2026-11-30']],
    [4, '2026-11-29', ['dust-remind#s1#2026-12-02']],
    [7, '2026-11-26', ['dust-remind#s1#2026-12-02', 'dust-verify#s1#2026-11-26']],
    [8, '2026-11-25', ['dust-remind#s1#2026-12-02']],
  ])('at k = %i names as asked first today only the keys no earlier day could ask for', (k, start, keys) => {
    // Act
    const plan = planSite(site, { k, start }, '2026-12-02', principal);

    // Assess
    expect(plan.askedFirstToday).toEqual(keys);
  });

  it('reminds the dust contact under the key of the day at k = 1 and 2', () => {
    // Act
    const plan = planSite(site, { k: 2, start: '2026-12-01' }, '2026-12-02', principal);

    // Assess
    expect(plan.tasks).toEqual([]);
    expect(plan.sms.map((s) => [s.key, s.input.template, s.input.recipient.phone, s.input.params])).toEqual([
      ['dust-remind#s1#2026-12-02', 'dustRemind', '13800001111', { site: '抛光车间', date: '2026-12-02' }],
    ]);
  });

  it('urges the principal and gives the town a task keyed by the streak start from k = 3', () => {
    // Act: k = 4 (the run of day 3 was missed): the same keys as on day 3
    const plan = planSite(site, { k: 4, start: '2026-11-29' }, '2026-12-02', principal);

    // Assess
    expect(plan.sms.map((s) => [s.key, s.input.recipient])).toEqual([
      ['dust-remind#s1#2026-12-02', { phone: '13800001111' }],
      ['dust-urge#s1#2026-11-29', { phone: '13900002222', name: '王总' }],
    ]);
    expect(plan.tasks).toEqual([
      expect.objectContaining({
        taskKey: 'dust-urge#s1#2026-11-29',
        kind: 'dustUrge',
        assignee: { level: 'town', districtId: 'wujin', townId: 't1' },
        subject: { enterpriseId: 'e1', siteId: 's1', siteName: '抛光车间' },
        dueAt: '2026-12-03T15:59:59.999Z',
      }),
    ]);
  });

  it('sends the district an urgent verification task and the principal an urgent SMS from k = 7', () => {
    // Act
    const plan = planSite(site, { k: 7, start: '2026-11-26' }, '2026-12-02', principal);

    // Assess
    const verify = plan.sms.find((s) => s.input.template === 'dustVerify');
    expect(verify?.key).toBe('dust-verify#s1#2026-11-26');
    expect(verify?.input.urgent).toBe(true);
    expect(plan.tasks.map((t) => [t.taskKey, t.kind, t.assignee, t.urgent ?? false, t.dueAt])).toEqual([
      [
        'dust-urge#s1#2026-11-26',
        'dustUrge',
        { level: 'town', districtId: 'wujin', townId: 't1' },
        false,
        '2026-12-03T15:59:59.999Z',
      ],
      [
        'dust-verify#s1#2026-11-26',
        'dustVerify',
        { level: 'district', districtId: 'wujin', townId: 't1' },
        true,
        '2026-12-05T15:59:59.999Z',
      ],
    ]);
  });

  it('counts the SMS it cannot send for want of a phone, and still creates the tasks', () => {
    // Act
    const plan = planSite({ ...site, contactPhone: '' }, { k: 7, start: '2026-11-26' }, '2026-12-02', {});

    // Assess
    expect(plan.sms).toEqual([]);
    expect(plan.noPhone).toBe(3);
    expect(plan.tasks).toHaveLength(2);
  });
});
