import { describe, expect, it } from 'vitest';
import {
  escalatesHazard,
  escalatesPoint,
  hazardReadUntil,
  hazardStage,
  isOverdueAt,
  type ReminderHazard,
  type ReminderPoint,
} from '#functions/reminders/domain/rules';

const point = (level: ReminderPoint['level'], nextDueAt: string): ReminderPoint => ({
  riskPointId: 'p1',
  enterpriseId: 'e1',
  enterpriseName: '常州某化工有限公司',
  districtId: 'wujin',
  townId: 'hutang',
  level,
  nextDueAt,
});
const hazard = (deadline: string): ReminderHazard => ({
  hazardId: 'h1',
  enterpriseId: 'e1',
  districtId: 'wujin',
  townId: 'hutang',
  description: '消防通道堵塞',
  deadline,
});

describe('which reminders a point gets', () => {
  it('is overdue only strictly after its due instant', () => {
    // Prepare
    const due = point('blue', '2026-12-01T01:00:00.000Z');

    // Assess
    expect(isOverdueAt(due, new Date('2026-12-01T01:00:00.000Z'))).toBe(false);
    expect(isOverdueAt(due, new Date('2026-12-01T01:00:00.001Z'))).toBe(true);
  });

  it('escalates a red or orange point overdue more than 3 days, not exactly 3, never yellow or blue', () => {
    // Prepare: due 12-01 09:00 Beijing; exactly 3 days later is 12-04 09:00 Beijing
    const due = '2026-12-01T01:00:00.000Z';

    // Assess
    expect(escalatesPoint(point('red', due), new Date('2026-12-04T01:00:00.000Z'))).toBe(false);
    expect(escalatesPoint(point('red', due), new Date('2026-12-04T01:00:00.001Z'))).toBe(true);
    expect(escalatesPoint(point('orange', due), new Date('2026-12-04T01:00:00.001Z'))).toBe(true);
    expect(escalatesPoint(point('yellow', due), new Date('2026-12-20T01:00:00.000Z'))).toBe(false);
    expect(escalatesPoint(point('blue', due), new Date('2026-12-20T01:00:00.000Z'))).toBe(false);
  });
});

describe('which reminders a hazard gets', () => {
  // The job runs 12-07 09:00 Beijing time; deadlines are the last millisecond of a Beijing day.
  const at = new Date('2026-12-07T01:00:00.000Z');

  it('reminds the day before the deadline day and every day after the deadline, not on the day itself', () => {
    // Assess
    expect(hazardStage(hazard('2026-12-08T15:59:59.999Z'), at)).toBe('dueTomorrow');
    expect(hazardStage(hazard('2026-12-07T15:59:59.999Z'), at)).toBe('none');
    expect(hazardStage(hazard('2026-12-09T15:59:59.999Z'), at)).toBe('none');
    expect(hazardStage(hazard('2026-12-06T15:59:59.999Z'), at)).toBe('pastDeadline');
    expect(hazardStage(hazard('2026-11-01T15:59:59.999Z'), at)).toBe('pastDeadline');
  });

  it('escalates a hazard more than 7 days past its deadline, not exactly 7', () => {
    // Prepare
    const late = hazard('2026-11-29T15:59:59.999Z');

    // Assess
    expect(escalatesHazard(late, new Date('2026-12-06T15:59:59.999Z'))).toBe(false);
    expect(escalatesHazard(late, new Date('2026-12-06T16:00:00.000Z'))).toBe(true);
  });

  it('reads hazards up to the start of the day after tomorrow', () => {
    // Assess: 12-07 09:00 Beijing → 12-09 00:00 Beijing
    expect(hazardReadUntil(at).toISOString()).toBe('2026-12-08T16:00:00.000Z');
    expect(hazardReadUntil(new Date('2026-12-07T15:59:59.999Z')).toISOString()).toBe(
      '2026-12-08T16:00:00.000Z',
    );
  });
});
