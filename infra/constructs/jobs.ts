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
import { bindSmsProvider, dispatcherSegmentsOf, type SmsSettings } from './sms';

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
  /** The SMS dispatcher's provider and how many dispatcher schedules run side by side. @default console, 1 */
  readonly sms?: SmsSettings;
}

/**
 * One Lambda per manifest job and one EventBridge Scheduler schedule (Asia/Shanghai) per run of it: one, except
 * the SMS dispatcher with `sms.dispatcherSegments` n > 1, which gets n schedules at the same minute, each passing
 * its `{segment, totalSegments}` to the same function.
 */
export class Jobs extends Construct {
  public readonly functions: Record<JobName, HouseFunction>;
  /** Each job's schedules, in segment order. */
  public readonly schedules: Record<JobName, readonly scheduler.Schedule[]>;

  constructor(scope: Construct, id: string, props: JobsProps) {
    super(scope, id);
    this.functions = {} as Record<JobName, HouseFunction>;
    this.schedules = {} as Record<JobName, scheduler.Schedule[]>;
    const dispatcherSegments = dispatcherSegmentsOf(props.sms);
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
      const role = this.schedulerRole(job.name, fn);
      const totalSegments = job.name === 'sms-dispatch' ? dispatcherSegments : 1;
      this.schedules[job.name] = Array.from({ length: totalSegments }, (_, segment) =>
        this.schedule(job, fn, role, props, totalSegments > 1 ? { segment, totalSegments } : undefined),
      );
    }
  }

  /** One schedule of a job; segment i of n is named `<job>-s<i>of<n>`, as its run's period key ends `#<i>/<n>`. */
  private schedule(
    job: JobSpec,
    fn: HouseFunction,
    role: iam.IRole,
    props: JobsProps,
    part?: { segment: number; totalSegments: number },
  ): scheduler.Schedule {
    const suffix = part ? `-s${part.segment}of${part.totalSegments}` : '';
    return new scheduler.Schedule(this, `${job.name}Schedule${suffix}`, {
      // Named after the job so operators (and the parity test) can tell schedules apart; unique per city stack.
      scheduleName: `${Stack.of(this).stackName}-${job.name}${suffix}`,
      description: part
        ? `${job.description}（分段 ${part.segment}/${part.totalSegments}）`
        : job.description,
      schedule: scheduler.ScheduleExpression.cron({
        ...toSchedulerCron(job.cron),
        timeZone: TimeZone.ASIA_SHANGHAI,
      }),
      target: new LambdaInvoke(fn.function, {
        role,
        // The job reads its period from the scheduled time, so a retried or late run still counts once.
        input: scheduler.ScheduleTargetInput.fromObject({
          at: scheduler.ContextAttribute.scheduledTime,
          ...part,
        }),
        retryAttempts: props.retryAttempts ?? 3,
        maxEventAge: props.maxEventAge ?? Duration.hours(1),
        deadLetterQueue: props.deadLetterQueue,
      }),
    });
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
