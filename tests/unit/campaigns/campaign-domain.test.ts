import { describe, expect, it } from 'vitest';
import { answerIssues, sameAnswers } from '#functions/campaigns/domain/answers';
import { isClosed, reminderDue } from '#functions/campaigns/domain/deadline';
import {
  COUNTER_SHARDS,
  findingRefOf,
  inviteKey,
  itemIdAt,
  phonePath,
  reminderKey,
  shardOf,
} from '#functions/campaigns/domain/keys';
import { addCounts, completionRate, progressRows, sumOf } from '#functions/campaigns/domain/progress';
import {
  campaignCreateSchema,
  campaignEnterpriseStatuses,
  campaignFlags,
  campaignIndustries,
  submissionCreateSchema,
} from '#functions/campaigns/schemas';
import { enterpriseFlags, enterpriseStatuses, industries } from '#functions/enterprises/domain/kinds';

describe('the self-check completion rate (自查率)', () => {
  it('is the seed report’s 90.87 % for 25,345 of 27,891, and null before anything is sent', () => {
    expect(completionRate(25_345, 27_891)).toBe(90.87);
    expect(completionRate(3, 2000)).toBe(0.15);
    expect(completionRate(2, 1700)).toBe(0.12);
    expect(completionRate(0, 0)).toBeNull();
  });

  it('lists the districts sent anything, in the given order, with their own rates', () => {
    // Act
    const rows = progressRows(
      ['liyang', 'jintan', 'wujin'],
      { wujin: 1700, liyang: 300 },
      { wujin: 2, liyang: 1 },
    );

    // Assess
    expect(rows).toEqual([
      { districtId: 'liyang', sent: 300, submitted: 1, rate: 0.33 },
      { districtId: 'wujin', sent: 1700, submitted: 2, rate: 0.12 },
    ]);
  });

  it('adds a chunk’s counts to the running ones without changing them', () => {
    const running = { wujin: 500 };
    expect(addCounts(running, { wujin: 20, liyang: 5 })).toEqual({ wujin: 520, liyang: 5 });
    expect(running).toEqual({ wujin: 500 });
    expect(sumOf({ wujin: 520, liyang: 5 })).toBe(525);
  });
});

describe('deadlines and reminders', () => {
  it('closes a campaign once its deadline day is over in Beijing time', () => {
    expect(isClosed('2030-05-10', new Date('2030-05-10T15:59:59Z'))).toBe(false);
    expect(isClosed('2030-05-10', new Date('2030-05-10T16:00:00Z'))).toBe(true);
  });

  it('reminds from N days before the deadline up to the deadline', () => {
    expect(reminderDue('2030-05-20', 3, '2030-05-16')).toBe(false);
    expect(reminderDue('2030-05-20', 3, '2030-05-17')).toBe(true);
    expect(reminderDue('2030-05-20', 3, '2030-05-20')).toBe(true);
    expect(reminderDue('2030-05-20', 3, '2030-05-21')).toBe(false);
  });
});

describe('keys', () => {
  it('names one invitation and one reminder per campaign and enterprise', () => {
    expect(inviteKey('C1', 'E1')).toBe('campaign#C1#E1#invite');
    expect(reminderKey('C1', 'E1')).toBe('campaign#C1#E1#remind');
    expect(findingRefOf('C1', 'E1', 'item-2')).toBe('C1:E1:item-2');
    expect(itemIdAt(0)).toBe('item-1');
    expect(phonePath('C1')).toBe('/m/c/C1');
  });

  it('puts an enterprise in one fixed counter slot', () => {
    const slots = new Set(Array.from({ length: 200 }, (_, n) => shardOf(`E${n}`)));
    expect(shardOf('E1')).toBe(shardOf('E1'));
    expect([...slots].every((slot) => slot >= 0 && slot < COUNTER_SHARDS)).toBe(true);
    expect(slots.size).toBe(COUNTER_SHARDS);
  });
});

describe('answers', () => {
  const sheet = (answers: { itemId: string; result: 'pass' | 'fail' | 'na' }[]) =>
    submissionCreateSchema.parse({ answers });

  it('wants every item once, and no item the campaign does not have', () => {
    // Act
    const issues = answerIssues(
      ['item-1', 'item-2', 'item-3'],
      sheet([
        { itemId: 'item-1', result: 'pass' },
        { itemId: 'item-9', result: 'na' },
      ]),
    );

    // Assess
    expect(issues.map((issue) => [issue.path, issue.code])).toEqual([
      ['body.answers.1.itemId', 'unknown_item'],
      ['body.answers', 'missing_items'],
    ]);
    expect(issues[1]?.message).toContain('还有 2 项未填写');
    expect(answerIssues(['item-1'], sheet([{ itemId: 'item-1', result: 'fail' }]))).toEqual([]);
  });

  it('takes the same answers in another order as a retry, and another result as a different sheet', () => {
    const stored = [
      { itemId: 'item-1', result: 'pass', photoIds: [] },
      { itemId: 'item-2', result: 'fail', note: '过期', photoIds: ['P2', 'P1'] },
    ];
    expect(
      sameAnswers(stored, [
        { itemId: 'item-2', result: 'fail', note: '过期', photoIds: ['P1', 'P2'] },
        { itemId: 'item-1', result: 'pass' },
      ]),
    ).toBe(true);
    expect(
      sameAnswers(stored, [
        { itemId: 'item-1', result: 'pass' },
        { itemId: 'item-2', result: 'na' },
      ]),
    ).toBe(false);
  });
});

describe('schemas', () => {
  it('repeat the enterprises’ value lists exactly', () => {
    expect(campaignIndustries).toEqual(industries);
    expect(campaignEnterpriseStatuses).toEqual(enterpriseStatuses);
    expect(campaignFlags).toEqual(enterpriseFlags);
  });

  it('default the reminder to 3 days and refuse a campaign without items', () => {
    const body = { title: '冬季自查', items: [{ text: '安全出口畅通' }], filter: {}, deadline: '2030-05-20' };
    expect(campaignCreateSchema.parse(body).reminderDays).toBe(3);
    expect(campaignCreateSchema.safeParse({ ...body, items: [] }).success).toBe(false);
  });
});
