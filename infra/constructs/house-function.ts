import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type CfnElement, Duration, Stack, Validations } from 'aws-cdk-lib';
import type * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as logs from 'aws-cdk-lib/aws-logs';
import type * as s3 from 'aws-cdk-lib/aws-s3';
import type * as sqs from 'aws-cdk-lib/aws-sqs';
import { Construct, type IConstruct } from 'constructs';
import {
  type AccessMode,
  type BucketSpec,
  defaultTimeoutSeconds,
  type TableSpec,
} from '#functions/platform/manifest-types';
import { bundleFunction, repoRoot } from '#infra/bundle';

const appVersion: string = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')).version;

export interface HouseFunctionProps {
  /** Module under functions/ that exports `handler`, e.g. `system/handlers/health` or `system/jobs/heartbeat`. */
  readonly handlerModule: string;
  /** What the function does, shown in the Lambda console. @default - none */
  readonly description?: string;
  /** Memory in MiB; CPU grows with it. @default 512 */
  readonly memoryMiB?: number;
  /** Seconds before Lambda stops an invocation. @default 10 */
  readonly timeoutSeconds?: number;
  /** Extra environment variables; table and bucket names come from bindTable/bindBucket. @default - none */
  readonly environment?: Record<string, string>;
  /** Queue for events that still fail after Lambda's asynchronous retries. @default - none (synchronous callers) */
  readonly deadLetterQueue?: sqs.IQueue;
  /** How long the function's logs are kept. @default logs.RetentionDays.ONE_MONTH */
  readonly logRetention?: logs.RetentionDays;
  /** Folder the esbuild bundles are written to. @default `.build/functions` in the repository */
  readonly bundleDir?: string;
}

export interface TableBinding {
  readonly table: dynamodb.Table;
  readonly spec: TableSpec;
  readonly accessMode: AccessMode;
}

export interface BucketBinding {
  readonly bucket: s3.Bucket;
  readonly spec: BucketSpec;
  readonly accessMode: AccessMode;
}

const pinnedRuntime =
  'The project pins nodejs22.x, not the newest Node runtime: it matches the tested toolchain (esbuild target node22, Node 22 tests).';

const canRead = (mode: AccessMode) => mode === 'read' || mode === 'readWrite' || mode === 'readAppend';
const canWrite = (mode: AccessMode) => mode === 'write' || mode === 'readWrite';
const canAppend = (mode: AccessMode) => mode === 'append' || mode === 'readAppend';

/** `<LogicalId.Arn>`, the way cdk-nag spells a resource's ARN in IAM5 findings. */
export function arnToken(resource: IConstruct): string {
  return `<${Stack.of(resource).getLogicalId(resource.node.defaultChild as CfnElement)}.Arn>`;
}

/**
 * The one way this project makes a Lambda function (ARCHITECTURE.md §11): Node 22 on arm64, a minified ESM
 * bundle, its own log group with retention, X-Ray tracing, and a role that starts empty. Tables and buckets are
 * bound explicitly, so the environment variable and the IAM grant always arrive together.
 */
export class HouseFunction extends Construct {
  public readonly function: lambda.Function;
  public readonly role: iam.Role;
  public readonly logGroup: logs.LogGroup;

  constructor(scope: Construct, id: string, props: HouseFunctionProps) {
    super(scope, id);
    const bundle = bundleFunction(props.handlerModule, props.bundleDir);
    this.logGroup = new logs.LogGroup(this, 'Logs', {
      retention: props.logRetention ?? logs.RetentionDays.ONE_MONTH,
    });
    // An own role instead of the default one: AWSLambdaBasicExecutionRole may write to every log group.
    this.role = new iam.Role(this, 'Role', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
    this.logGroup.grantWrite(this.role);
    this.function = new lambda.Function(this, 'Function', {
      runtime: lambda.Runtime.NODEJS_22_X,
      architecture: lambda.Architecture.ARM_64,
      code: lambda.Code.fromAsset(bundle.outdir),
      handler: 'index.handler',
      description: props.description,
      memorySize: props.memoryMiB ?? 512,
      timeout: Duration.seconds(props.timeoutSeconds ?? defaultTimeoutSeconds.http),
      role: this.role,
      logGroup: this.logGroup,
      tracing: lambda.Tracing.ACTIVE,
      deadLetterQueue: props.deadLetterQueue,
      environment: { APP_VERSION: appVersion, POWERTOOLS_SERVICE_NAME: 'changan', ...props.environment },
    });
    this.acknowledge('AwsSolutions-L1', pinnedRuntime);
    this.acknowledge('Serverless-LambdaLatestVersion', pinnedRuntime);
    this.acknowledge(
      'AwsSolutions-IAM5[Resource::*]',
      'Active tracing needs xray:PutTraceSegments/PutTelemetryRecords, which support no resource-level permissions.',
    );
  }

  /** Sets the table's environment variable and grants exactly `accessMode` on it (and its indexes). */
  bindTable({ table, spec, accessMode }: TableBinding): void {
    this.function.addEnvironment(spec.envVar, table.tableName);
    if (canRead(accessMode)) table.grantReadData(this.function);
    if (canWrite(accessMode)) table.grantWriteData(this.function);
    // Append-only: PutItem and nothing that could change or delete an existing item (the audit log).
    if (canAppend(accessMode)) table.grant(this.function, 'dynamodb:PutItem');
    if (spec.indexes.length === 0) return;
    this.acknowledge(
      `AwsSolutions-IAM5[Resource::${arnToken(table)}/index/*]`,
      'Access patterns query the GSIs of this one table; the grant names the table, only its index names are open.',
    );
  }

  /** Sets the bucket's environment variable and grants exactly `accessMode` on its objects. */
  bindBucket({ bucket, spec, accessMode }: BucketBinding): void {
    this.function.addEnvironment(spec.envVar, bucket.bucketName);
    const findings = [`Resource::${arnToken(bucket)}/*`];
    if (canRead(accessMode)) {
      bucket.grantRead(this.function);
      findings.push('Action::s3:GetObject*', 'Action::s3:GetBucket*', 'Action::s3:List*');
    }
    if (canWrite(accessMode)) {
      bucket.grantPut(this.function);
      bucket.grantDelete(this.function);
      findings.push('Action::s3:Abort*', 'Action::s3:DeleteObject*');
    }
    for (const finding of findings) {
      this.acknowledge(
        `AwsSolutions-IAM5[${finding}]`,
        'Object keys are chosen per upload (kind/district/enterprise/date/ulid), so grants cover the objects of this one bucket; the CDK grant action groups are the read/put/delete sets.',
      );
    }
  }

  private acknowledge(id: string, reason: string): void {
    Validations.of(this).acknowledge({ id, reason });
  }
}
