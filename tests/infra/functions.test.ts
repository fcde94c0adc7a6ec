import { Match, type Template } from 'aws-cdk-lib/assertions';
import type { IConstruct } from 'constructs';
import { beforeAll, describe, expect, it } from 'vitest';
import { events, groups, jobs } from '#functions/manifest';
import { mainTable } from '#functions/platform/tables';
import type { ChanganStack } from '#infra/stack';
import { logicalId, referencedId, synthCloud } from '#tests/infra/synth';

type Resource = { Properties: Record<string, unknown> };
type Statement = { Action: string | string[]; Resource: unknown };

let template: Template;
let stack: ChanganStack;

beforeAll(() => {
  const cloud = synthCloud();
  ({ template, stack } = cloud);
  return cloud.cleanUp;
});

/** The statements of the inline policy CDK attached to a role. */
function policyStatements(roleId: string): Statement[] {
  const policies = Object.values(template.findResources('AWS::IAM::Policy')) as Resource[];
  return policies
    .filter((policy) => (policy.Properties.Roles as unknown[]).some((role) => referencedId(role) === roleId))
    .flatMap((policy) => (policy.Properties.PolicyDocument as { Statement: Statement[] }).Statement);
}

const actionsOf = (statements: Statement[]) => statements.flatMap((statement) => [statement.Action].flat());

describe('the functions', () => {
  const ours = () => [
    ...Object.values(stack.api.functions),
    ...Object.values(stack.jobs.functions),
    ...Object.values(stack.events.functions),
  ];

  it('makes one function per route group, job and event', () => {
    expect(ours()).toHaveLength(Object.keys(groups).length + jobs.length + events.length);
  });

  it('runs every function on nodejs22.x, arm64, with active tracing and a log group kept for a month', () => {
    const functions = template.findResources('AWS::Lambda::Function');
    const logGroups = template.findResources('AWS::Logs::LogGroup');
    for (const fn of ours()) {
      const resource = functions[logicalId(fn.function)] as Resource;
      expect(resource.Properties).toMatchObject({
        Runtime: 'nodejs22.x',
        Architectures: ['arm64'],
        Handler: 'index.handler',
        TracingConfig: { Mode: 'Active' },
        LoggingConfig: { LogGroup: { Ref: logicalId(fn.logGroup) } },
      });
      expect((logGroups[logicalId(fn.logGroup)] as Resource).Properties.RetentionInDays).toBe(30);
    }
  });

  it('gives asynchronously invoked functions (jobs, events) the dead-letter queue', () => {
    const functions = template.findResources('AWS::Lambda::Function');
    for (const fn of [...Object.values(stack.jobs.functions), ...Object.values(stack.events.functions)]) {
      const config = (functions[logicalId(fn.function)] as Resource).Properties.DeadLetterConfig;
      expect(config).toEqual({
        TargetArn: { 'Fn::GetAtt': [expect.stringMatching(/^AsyncFailures/), 'Arn'] },
      });
    }
  });

  it('grants the system group, whose grants are empty, no access to DynamoDB or S3', () => {
    const actions = actionsOf(policyStatements(logicalId(stack.api.functions.system.role)));
    expect(actions.filter((action) => /^(dynamodb|s3):/.test(action))).toEqual([]);
    expect(actions).toEqual(expect.arrayContaining(['logs:PutLogEvents', 'xray:PutTraceSegments']));
  });

  it('grants the heartbeat job read and write on the table and sets TABLE_NAME with it', () => {
    const heartbeat = stack.jobs.functions.heartbeat;
    const actions = actionsOf(policyStatements(logicalId(heartbeat.role)));
    expect(actions).toEqual(expect.arrayContaining(['dynamodb:Query', 'dynamodb:PutItem']));
    expect(actions.filter((action) => action.startsWith('s3:'))).toEqual([]);
    template.hasResourceProperties('AWS::Lambda::Function', {
      Environment: {
        Variables: Match.objectLike({ [mainTable.envVar]: { Ref: logicalId(stack.data.tables.main) } }),
      },
      LoggingConfig: { LogGroup: { Ref: logicalId(heartbeat.logGroup) } },
    });
  });
});

describe('the console origin', () => {
  it('is given to the label workers and to what writes 自查清单 links into SMS, and to no other route group', () => {
    const functions = template.findResources('AWS::Lambda::Function');
    const originOf = (fn: { function: IConstruct }) =>
      (functions[logicalId(fn.function)] as Resource).Properties.Environment as {
        Variables: Record<string, unknown>;
      };
    const given = [
      stack.jobs.functions['campaign-send'],
      stack.jobs.functions['campaign-remind'],
      stack.api.functions.campaigns,
      ...Object.values(stack.events.functions),
    ];
    for (const fn of given) expect(originOf(fn).Variables.CONSOLE_ORIGIN).toBeDefined();
    expect(originOf(stack.api.functions.system).Variables.CONSOLE_ORIGIN).toBeUndefined();
  });
});

describe('the schedules', () => {
  it('runs every job in Asia/Shanghai with the scheduled time, a retry policy and the dead-letter queue', () => {
    const schedules = Object.values(template.findResources('AWS::Scheduler::Schedule')) as Resource[];
    expect(schedules).toHaveLength(jobs.length);
    for (const schedule of schedules) {
      expect(schedule.Properties).toMatchObject({
        ScheduleExpressionTimezone: 'Asia/Shanghai',
        State: 'ENABLED',
        Target: {
          Input: JSON.stringify({ at: '<aws.scheduler.scheduled-time>' }),
          RetryPolicy: { MaximumRetryAttempts: 3, MaximumEventAgeInSeconds: 3600 },
          DeadLetterConfig: { Arn: { 'Fn::GetAtt': [expect.stringMatching(/^AsyncFailures/), 'Arn'] } },
        },
      });
    }
  });

  it('keeps the dead-letter queue encrypted and reachable over TLS only', () => {
    template.hasResourceProperties('AWS::SQS::Queue', {
      SqsManagedSseEnabled: true,
      MessageRetentionPeriod: 1_209_600,
    });
    template.hasResourceProperties('AWS::SQS::QueuePolicy', {
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
        ]),
      },
    });
  });
});
