import { Duration, Stack, TimeZone, Validations } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as scheduler from 'aws-cdk-lib/aws-scheduler';
import { LambdaInvoke } from 'aws-cdk-lib/aws-scheduler-targets';
import type * as sqs from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { type JobName, jobs } from '#functions/manifest';
import { defaultTimeoutSeconds, type JobSpec } from '#functions/platform/manifest-types';
import { toSchedulerCron } from './cron';
import type { Data } from './data';
import { arnToken, HouseFunction } from './house-function';
import { bindSmsProvider, type SmsSettings } from './sms';

export interface JobsProps {
  /** Tables and buckets the jobs are granted access to. */
  readonly data: Data;
  /** Receives schedules that could not invoke their job and job invocations Lambda gave up on. */
  readonly deadLetterQueue: sqs.IQueue;
  /** Times Scheduler retries invoking a job before giving up. @default 3 */
  readonly retryAttempts?: number;
  /** How late a job may still start; its period key comes from the scheduled time, not the start. @default 1 hour */
  readonly maxEventAge?: Duration;
  /** Folder the esbuild bundles are written to. @default - see HouseFunction */
  readonly bundleDir?: string;
  /** The SMS dispatcher's provider. @default console */
  readonly sms?: SmsSettings;
}

/** One Lambda and one EventBridge Scheduler schedule (Asia/Shanghai) per manifest job. */
export class Jobs extends Construct {
  public readonly functions: Record<JobName, HouseFunction>;
  public readonly schedules: Record<JobName, scheduler.Schedule>;

  constructor(scope: Construct, id: string, props: JobsProps) {
    super(scope, id);
    this.functions = {} as Record<JobName, HouseFunction>;
    this.schedules = {} as Record<JobName, scheduler.Schedule>;
    for (const job of jobs as readonly (JobSpec & { name: JobName })[]) {
      const fn = new HouseFunction(this, job.name, {
        handlerModule: job.handler,
        description: job.description,
        memoryMiB: job.memoryMiB ?? 1024,
        timeoutSeconds: job.timeoutSeconds ?? defaultTimeoutSeconds.job,
        deadLetterQueue: props.deadLetterQueue,
        bundleDir: props.bundleDir,
      });
      props.data.bind(fn, job.grants);
      if (job.name === 'sms-dispatch') bindSmsProvider(this, fn, props.sms);
      this.functions[job.name] = fn;
      this.schedules[job.name] = new scheduler.Schedule(this, `${job.name}Schedule`, {
        // Named after the job so operators (and the parity test) can tell schedules apart; unique per city stack.
        scheduleName: `${Stack.of(this).stackName}-${job.name}`,
        description: job.description,
        schedule: scheduler.ScheduleExpression.cron({
          ...toSchedulerCron(job.cron),
          timeZone: TimeZone.ASIA_SHANGHAI,
        }),
        target: new LambdaInvoke(fn.function, {
          role: this.schedulerRole(job.name, fn),
          // The job reads its period from the scheduled time, so a retried or late run still counts once.
          input: scheduler.ScheduleTargetInput.fromObject({ at: scheduler.ContextAttribute.scheduledTime }),
          retryAttempts: props.retryAttempts ?? 3,
          maxEventAge: props.maxEventAge ?? Duration.hours(1),
          deadLetterQueue: props.deadLetterQueue,
        }),
      });
    }
  }

  /** The role Scheduler assumes for one job, trusted only for this account's default schedule group. */
  private schedulerRole(name: string, fn: HouseFunction): iam.Role {
    const stack = Stack.of(this);
    const defaultGroup = stack.formatArn({
      service: 'scheduler',
      resource: 'schedule-group',
      resourceName: 'default',
    });
    const role = new iam.Role(this, `${name}SchedulerRole`, {
      assumedBy: new iam.ServicePrincipal('scheduler.amazonaws.com', {
        conditions: { StringEquals: { 'aws:SourceAccount': stack.account, 'aws:SourceArn': defaultGroup } },
      }),
    });
    Validations.of(role).acknowledge({
      id: `AwsSolutions-IAM5[Resource::${arnToken(fn.function)}:*]`,
      reason:
        "CDK's grantInvoke also covers this one function's versions and aliases (`:*`); no other function.",
    });
    return role;
  }
}
