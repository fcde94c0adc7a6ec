import { CfnOutput, Stack, type StackProps, Tags } from 'aws-cdk-lib';
import type { Construct } from 'constructs';
import { buckets } from '#functions/manifest';
import { Alarms } from '#infra/constructs/alarms';
import { Api } from '#infra/constructs/api';
import { ConsoleHosting } from '#infra/constructs/console-hosting';
import { Data } from '#infra/constructs/data';
import { DeadLetterQueue } from '#infra/constructs/dead-letter-queue';
import { Events } from '#infra/constructs/events';
import { HouseFunction } from '#infra/constructs/house-function';
import { Jobs } from '#infra/constructs/jobs';
import type { SmsSettings } from '#infra/constructs/sms';

export interface ChanganStackProps extends StackProps {
  /** The city this deployment serves (ARCHITECTURE.md §13: one deployment per city); tags every resource. */
  readonly city: string;
  /** Browser origins allowed to upload to the photos bucket and to call the API cross-origin. @default [] */
  readonly allowedOrigins?: readonly string[];
  /** Absolute path of the built console; the deployment of its files is skipped when it does not exist. */
  readonly consoleDir: string;
  /** Folder the esbuild bundles are written to. @default - see HouseFunction */
  readonly bundleDir?: string;
  /** The SMS channel and dispatcher runs (`smsProvider`, `smsHttpUrl`, `smsDispatcherSegments` context). @default console, 1 run */
  readonly sms?: SmsSettings;
  /**
   * The console's public origin (`consoleOrigin` context), which printed risk-point codes point to: set it to the
   * deployment's own domain before printing, since labels outlive a distribution. @default the CloudFront URL
   */
  readonly consoleOrigin?: string;
}

/** The whole platform for one city, built by walking `functions/manifest.ts` (ARCHITECTURE.md §3, §11). */
export class ChanganStack extends Stack {
  public readonly data: Data;
  public readonly api: Api;
  public readonly jobs: Jobs;
  public readonly events: Events;
  public readonly console: ConsoleHosting;
  public readonly alarms: Alarms;

  constructor(scope: Construct, id: string, props: ChanganStackProps) {
    super(scope, id, { description: `常安码 platform for ${props.city}`, ...props });
    const { allowedOrigins = [], bundleDir } = props;
    Tags.of(this).add('city', props.city);
    Tags.of(this).add('app', 'changan');

    this.data = new Data(this, 'Data', { allowedOrigins });
    const deadLetterQueue = new DeadLetterQueue(this, 'AsyncFailures');
    this.api = new Api(this, 'Api', { data: this.data, allowedOrigins, bundleDir });
    this.jobs = new Jobs(this, 'Jobs', { data: this.data, deadLetterQueue, bundleDir, sms: props.sms });
    this.events = new Events(this, 'Events', { data: this.data, deadLetterQueue, bundleDir });
    this.console = new ConsoleHosting(this, 'Console', {
      httpApi: this.api.httpApi,
      accessLogs: this.data.accessLogs,
      consoleDir: props.consoleDir,
      // In AWS the console uploads straight to the buckets that take browser uploads (presigned POST).
      connectSources: Object.entries(buckets)
        .filter(([, spec]) => spec.browserUploads)
        .map(
          ([name]) => `https://${this.data.buckets[name as keyof typeof buckets].bucketRegionalDomainName}`,
        ),
    });
    // Workers that write console links into files (label sheets' QR codes) learn the origin here.
    const consoleOrigin =
      props.consoleOrigin ?? `https://${this.console.distribution.distributionDomainName}`;
    for (const fn of Object.values(this.events.functions))
      fn.function.addEnvironment('CONSOLE_ORIGIN', consoleOrigin);
    // So do those that write them into SMS (自查清单's invitations and reminders; the send route sends small ones).
    for (const fn of [
      this.jobs.functions['campaign-send'],
      this.jobs.functions['campaign-remind'],
      this.api.functions.campaigns,
    ])
      fn.function.addEnvironment('CONSOLE_ORIGIN', consoleOrigin);
    this.alarms = new Alarms(this, 'Alarms', {
      functions: this.node
        .findAll()
        .filter((child): child is HouseFunction => child instanceof HouseFunction),
      deadLetterQueues: [deadLetterQueue],
    });

    new CfnOutput(this, 'ApiUrl', { value: this.api.stage.url, description: 'HTTP API (default stage)' });
    new CfnOutput(this, 'ConsoleUrl', {
      value: `https://${this.console.distribution.distributionDomainName}`,
      description: 'Console and H5 pages; /api/* reaches the same API',
    });
    new CfnOutput(this, 'TableName', { value: this.data.tables.main.tableName });
    new CfnOutput(this, 'PhotosBucketName', { value: this.data.buckets.photos.bucketName });
  }
}
