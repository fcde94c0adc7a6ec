import type { PolicyViolation } from 'aws-cdk-lib';
import { AwsSolutionsChecks, ServerlessChecks } from 'cdk-nag';
import { describe, expect, it, onTestFinished } from 'vitest';
import { jobs } from '#functions/manifest';
import { dispatcherSegmentsOf } from '#infra/constructs/sms';
import { logicalId, referencedId, synthCloud } from '#tests/infra/synth';

type ScheduleProperties = {
  Name: string;
  ScheduleExpression: string;
  ScheduleExpressionTimezone: string;
  Target: { Arn: unknown; Input: string; RoleArn: unknown };
};

/** Synthesizes with these context values (cdk-nag errors make the synth throw) and lists every schedule. */
function schedulesWith(context: Record<string, string>) {
  const cloud = synthCloud(context);
  onTestFinished(cloud.cleanUp);
  const schedules = Object.values(cloud.template.findResources('AWS::Scheduler::Schedule')).map(
    (resource) => (resource as { Properties: ScheduleProperties }).Properties,
  );
  const prefix = `${cloud.stack.stackName}-`;
  const dispatcherId = logicalId(cloud.stack.jobs.functions['sms-dispatch'].function);
  const dispatchers = schedules
    .filter((schedule) => referencedId(schedule.Target.Arn) === dispatcherId)
    .map((schedule) => ({ ...schedule, Name: schedule.Name.slice(prefix.length) }))
    .sort((a, b) => a.Name.localeCompare(b.Name));
  return { ...cloud, schedules, dispatchers };
}

const everyMinute = 'cron(* * * * ? *)';
const scheduledTime = '<aws.scheduler.scheduled-time>';

describe('the SMS dispatcher schedules', () => {
  it('runs one dispatcher a minute by default, its event carrying only the scheduled time', () => {
    // Act
    const { schedules, dispatchers } = schedulesWith({});

    // Assess
    expect(schedules).toHaveLength(jobs.length);
    expect(dispatchers.map((schedule) => schedule.Name)).toEqual(['sms-dispatch']);
    expect(dispatchers[0]?.ScheduleExpression).toBe(everyMinute);
    expect(JSON.parse(dispatchers[0]?.Target.Input ?? '')).toEqual({ at: scheduledTime });
  });

  it('creates one schedule per segment with smsDispatcherSegments=4, each passing its own segment', () => {
    // Act
    const { schedules, dispatchers, template, stack } = schedulesWith({ smsDispatcherSegments: '4' });

    // Assess
    expect(schedules).toHaveLength(jobs.length + 3);
    expect(dispatchers.map((schedule) => schedule.Name)).toEqual([
      'sms-dispatch-s0of4',
      'sms-dispatch-s1of4',
      'sms-dispatch-s2of4',
      'sms-dispatch-s3of4',
    ]);
    expect(dispatchers.map((schedule) => JSON.parse(schedule.Target.Input))).toEqual([
      { at: scheduledTime, segment: 0, totalSegments: 4 },
      { at: scheduledTime, segment: 1, totalSegments: 4 },
      { at: scheduledTime, segment: 2, totalSegments: 4 },
      { at: scheduledTime, segment: 3, totalSegments: 4 },
    ]);
    for (const schedule of dispatchers) {
      expect(schedule.ScheduleExpression).toBe(everyMinute);
      expect(schedule.ScheduleExpressionTimezone).toBe('Asia/Shanghai');
    }
    // One function and one Scheduler role for all four: the segments share the outbox's rate, not a copy of it.
    expect(new Set(dispatchers.map((schedule) => referencedId(schedule.Target.RoleArn))).size).toBe(1);
    expect(
      Object.keys(template.findResources('AWS::Lambda::Function')).filter((id) => id.includes('smsdispatch')),
    ).toEqual([logicalId(stack.jobs.functions['sms-dispatch'].function)]);
  });

  it('leaves no cdk-nag finding when the dispatcher runs in segments', () => {
    // Act
    const { app } = schedulesWith({ smsDispatcherSegments: '4' });
    const findings = [new AwsSolutionsChecks(), new ServerlessChecks()].flatMap((pack) =>
      pack
        .validateScope(app)
        .violations.map((violation: PolicyViolation) => `${violation.severity} ${violation.ruleName}`),
    );

    // Assess
    expect(findings).toEqual([]);
  });

  it('refuses an smsDispatcherSegments context that is not a number', () => {
    // Act & Assess
    expect(() => synthCloud({ smsDispatcherSegments: 'two' })).toThrow(
      /smsDispatcherSegments must be a whole number from 1 to 16/,
    );
  });

  it.each([0, 17, 2.5, -1])('refuses %s dispatcher segments (1 to the 16 due shards)', (segments) => {
    // Act & Assess
    expect(() => dispatcherSegmentsOf({ dispatcherSegments: segments })).toThrow(/from 1 to 16/);
  });

  it.each([1, 16])('accepts %s dispatcher segments', (segments) => {
    // Act & Assess
    expect(dispatcherSegmentsOf({ dispatcherSegments: segments })).toBe(segments);
  });
});
