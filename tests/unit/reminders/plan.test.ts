import { describe, expect, it } from 'vitest';
import { reminderMessages } from '#functions/reminders/domain/messages';
import { planHazards, pointTally } from '#functions/reminders/domain/plan';
import type { ReminderHazard, ReminderPoint } from '#functions/reminders/domain/rules';

// The run: 2026-12-07 09:00 Beijing time.
const at = new Date('2026-12-07T01:00:00.000Z');
const DAY = 24 * 3600 * 1000;
const ago = (days: number, ms = 0) => new Date(at.getTime() - days * DAY - ms).toISOString();

const pointOf = (
  riskPointId: string,
  enterpriseId: string,
  townId: string,
  level: ReminderPoint['level'],
  nextDueAt: string,
): ReminderPoint => ({
  riskPointId,
  enterpriseId,
  enterpriseName: `企业${enterpriseId}`,
  districtId: 'wujin',
  townId,
  level,
  nextDueAt,
});

describe('the day plan', () => {
  it('counts each enterprise once with its worst level and escalates red/orange points over 3 days per town', () => {
    // Prepare
    const tally = pointTally(at);

    // Act: two pages, as the reader streams them
    tally.add([
      pointOf('p1', 'e1', 't1', 'blue', ago(40)),
      pointOf('p2', 'e1', 't1', 'orange', ago(1)),
      pointOf('p3', 'e2', 't1', 'red', ago(3, 1)),
    ]);
    tally.add([
      pointOf('p4', 'e1', 't1', 'yellow', ago(2)),
      pointOf('p5', 'e2', 't1', 'orange', ago(3)),
      pointOf('p6', 'e3', 't2', 'red', ago(0)), // due exactly now: not overdue
      pointOf('p7', 'e4', 't1', 'red', ago(9)),
    ]);

    // Assess
    expect(tally.digests()).toEqual([
      { enterpriseId: 'e1', enterpriseName: '企业e1', districtId: 'wujin', count: 3, worst: 'orange' },
      { enterpriseId: 'e2', enterpriseName: '企业e2', districtId: 'wujin', count: 2, worst: 'red' },
      { enterpriseId: 'e4', enterpriseName: '企业e4', districtId: 'wujin', count: 1, worst: 'red' },
    ]);
    expect(tally.towns()).toEqual([{ townId: 't1', districtId: 'wujin', count: 2, enterprises: 2 }]);
  });

  it('reminds hazards due tomorrow and past deadline, escalating those more than 7 days past', () => {
    // Prepare
    const hazardOf = (hazardId: string, townId: string, deadline: string): ReminderHazard => ({
      hazardId,
      enterpriseId: 'e1',
      districtId: 'wujin',
      townId,
      description: `隐患${hazardId}`,
      deadline,
    });

    // Act
    const plan = planHazards(
      [
        hazardOf('h1', 't1', '2026-12-08T15:59:59.999Z'), // tomorrow
        hazardOf('h2', 't1', '2026-12-07T15:59:59.999Z'), // today: nothing
        hazardOf('h3', 't1', '2026-12-06T15:59:59.999Z'), // yesterday: past, under 7 days
        hazardOf('h4', 't2', '2026-11-29T15:59:59.999Z'), // 7 d 9 h past
        hazardOf('h5', 't2', '2026-11-30T01:00:00.000Z'), // exactly 7 days past
      ],
      at,
    );

    // Assess
    expect(plan.reminders.map((r) => [r.hazard.hazardId, r.stage])).toEqual([
      ['h1', 'dueTomorrow'],
      ['h3', 'pastDeadline'],
      ['h4', 'pastDeadline'],
      ['h5', 'pastDeadline'],
    ]);
    expect(plan.towns).toEqual([{ townId: 't2', districtId: 'wujin', count: 1, enterprises: 1 }]);
  });
});

describe('the outbox requests', () => {
  it('keys each message by enterprise, hazard or officer and Beijing day, and skips those without a phone', () => {
    // Prepare
    const recipients = {
      enterprise: (id: string) =>
        id === 'e1'
          ? { name: '常州某化工有限公司', person: '王安全', phone: '13900000001' }
          : { name: '无电话企业' },
      officers: (townId: string) =>
        townId === 't1'
          ? [
              { userId: 'u1', name: '李镇', phone: '13900000011' },
              { userId: 'u2', name: '张镇', phone: '13900000012' },
            ]
          : [],
      townName: (townId: string) => (townId === 't1' ? '湖塘镇' : undefined),
    };

    // Act
    const { requests, noPhone } = reminderMessages(
      {
        digests: [
          { enterpriseId: 'e1', enterpriseName: '企业e1', districtId: 'wujin', count: 3, worst: 'orange' },
          { enterpriseId: 'e9', enterpriseName: '企业e9', districtId: 'wujin', count: 1, worst: 'blue' },
        ],
        hazards: [
          {
            stage: 'pastDeadline',
            hazard: {
              hazardId: 'h3',
              enterpriseId: 'e1',
              districtId: 'wujin',
              townId: 't1',
              description: '二楼配电间门口堆放纸箱杂物，消防通道被堵塞无法通行',
              deadline: '2026-12-06T15:59:59.999Z',
            },
          },
        ],
        pointTowns: [{ townId: 't1', districtId: 'wujin', count: 2, enterprises: 2 }],
        hazardTowns: [{ townId: 't2', districtId: 'wujin', count: 1, enterprises: 1 }],
      },
      recipients,
      at,
    );

    // Assess
    expect(requests.map((request) => request.key)).toEqual([
      'reminders#digest#e1#2026-12-07',
      'reminders#hazard-past#h3#2026-12-07',
      'reminders#town-points#t1#u1#2026-12-07',
      'reminders#town-points#t1#u2#2026-12-07',
    ]);
    expect(noPhone).toBe(2); // e9 has no phone; t2 has no officer
    expect(requests[0]?.input).toMatchObject({
      template: 'riskOverdueDigest',
      params: { count: 3, worstLevel: '较大风险' },
      recipient: { phone: '13900000001', name: '王安全' },
      concerns: { entity: 'enterprise', id: 'e1' },
      districtId: 'wujin',
    });
    expect(requests[1]?.input).toMatchObject({
      template: 'hazardOverdue',
      params: {
        enterprise: '常州某化工有限公司',
        hazard: '二楼配电间门口堆放纸箱杂物，消防通道被…',
        deadline: '2026-12-06',
      },
    });
    expect(requests[3]?.input).toMatchObject({
      template: 'townRiskEscalation',
      params: { town: '湖塘镇', count: 2, enterprises: 2 },
      recipient: { userId: 'u2', name: '张镇', phone: '13900000012' },
    });
  });
});
