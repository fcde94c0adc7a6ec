import { Annotations, Duration, RemovalPolicy, Validations } from 'aws-cdk-lib';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';
import { type BucketName, buckets, type TableName, tables } from '#functions/manifest';
import type { BucketSpec, Grants, TableSpec } from '#functions/platform/manifest-types';
import type { HouseFunction } from './house-function';

export interface DataProps {
  /** Browser origins (the console, the H5 pages) that may POST uploads to buckets with `browserUploads`. @default [] */
  readonly allowedOrigins?: readonly string[];
}

/** Settings every bucket of the stack shares: private, TLS only, encrypted, kept when the stack goes away. */
export function privateBucketProps(accessLogs: s3.IBucket, logPrefix: string): s3.BucketProps {
  return {
    blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
    enforceSSL: true,
    minimumTLSVersion: 1.2,
    encryption: s3.BucketEncryption.S3_MANAGED,
    removalPolicy: RemovalPolicy.RETAIN,
    serverAccessLogsBucket: accessLogs,
    serverAccessLogsPrefix: `${logPrefix}/`,
  };
}

function tableProps(spec: TableSpec): dynamodb.TableProps {
  return {
    partitionKey: { name: spec.partitionKey, type: dynamodb.AttributeType.STRING },
    sortKey: { name: spec.sortKey, type: dynamodb.AttributeType.STRING },
    billingMode: dynamodb.BillingMode.PAY_PER_REQUEST,
    pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
    deletionProtection: true,
    removalPolicy: RemovalPolicy.RETAIN,
  };
}

/** The manifest's tables and buckets, plus the bucket that receives every access log. */
export class Data extends Construct {
  public readonly tables: Record<TableName, dynamodb.Table>;
  public readonly buckets: Record<BucketName, s3.Bucket>;
  public readonly accessLogs: s3.Bucket;

  constructor(scope: Construct, id: string, props: DataProps = {}) {
    super(scope, id);
    const allowedOrigins = [...(props.allowedOrigins ?? [])];
    this.accessLogs = new s3.Bucket(this, 'AccessLogs', {
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      enforceSSL: true,
      minimumTLSVersion: 1.2,
      encryption: s3.BucketEncryption.S3_MANAGED,
      removalPolicy: RemovalPolicy.RETAIN,
      // CloudFront standard logging writes with ACLs, so the bucket must accept object-writer ownership.
      objectOwnership: s3.ObjectOwnership.OBJECT_WRITER,
      lifecycleRules: [{ expiration: Duration.days(365) }],
    });
    Validations.of(this.accessLogs).acknowledge({
      id: 'AwsSolutions-S1',
      reason: 'This is the access-log bucket itself; logging its own writes into itself would loop.',
    });

    this.tables = mapValues(tables, (spec, name) => {
      const table = new dynamodb.Table(this, name, tableProps(spec));
      for (const index of spec.indexes) {
        table.addGlobalSecondaryIndex({
          indexName: index.name,
          partitionKey: { name: index.partitionKey, type: dynamodb.AttributeType.STRING },
          sortKey: { name: index.sortKey, type: dynamodb.AttributeType.STRING },
          projectionType: dynamodb.ProjectionType.ALL,
        });
      }
      return table;
    });

    this.buckets = mapValues(buckets, (spec: BucketSpec, name) => {
      const bucket = new s3.Bucket(this, name, {
        ...privateBucketProps(this.accessLogs, name),
        versioned: true,
        // Versioned: a lifecycle rule must expire the noncurrent versions too, or deleted files linger. An
        // export that dies mid-way leaves its multipart upload's parts, billed until aborted: a day, then gone.
        lifecycleRules: [
          { abortIncompleteMultipartUploadAfter: Duration.days(1) },
          ...(spec.expireAfterDays
            ? [
                {
                  expiration: Duration.days(spec.expireAfterDays),
                  noncurrentVersionExpiration: Duration.days(1),
                },
              ]
            : []),
        ],
      });
      if (spec.browserUploads) allowBrowserUploads(bucket, allowedOrigins);
      return bucket;
    });
  }

  /** Gives a function exactly the manifest grants of its group, job or event: env vars and IAM together. */
  bind(fn: HouseFunction, grants: Grants): void {
    for (const [name, accessMode] of Object.entries(grants.tables ?? {})) {
      const key = knownName(tables, name, 'table');
      if (accessMode) fn.bindTable({ table: this.tables[key], spec: tables[key], accessMode });
    }
    for (const [name, accessMode] of Object.entries(grants.buckets ?? {})) {
      const key = knownName(buckets, name, 'bucket');
      if (accessMode) fn.bindBucket({ bucket: this.buckets[key], spec: buckets[key], accessMode });
    }
  }
}

/** Presigned POSTs come straight from the console and the H5 pages, so their origins need CORS on the bucket. */
function allowBrowserUploads(bucket: s3.Bucket, allowedOrigins: string[]): void {
  if (allowedOrigins.length === 0) {
    Annotations.of(bucket).addWarningV2(
      'changan:noUploadOrigins',
      'No allowedOrigins (-c allowedOrigins=https://...): browsers cannot upload to this bucket until its CORS lists the console origin.',
    );
    return;
  }
  bucket.addCorsRule({
    allowedMethods: [s3.HttpMethods.POST, s3.HttpMethods.GET],
    allowedOrigins,
    allowedHeaders: ['*'],
  });
}

/** Grants name tables and buckets by string; a name the manifest does not declare is a typo worth failing on. */
function knownName<K extends string>(record: Record<K, unknown>, name: string, kind: string): K {
  if (!Object.hasOwn(record, name)) throw new Error(`Manifest grants name an unknown ${kind}: "${name}"`);
  return name as K;
}

function mapValues<K extends string, V, R>(record: Record<K, V>, map: (value: V, key: K) => R): Record<K, R> {
  const entries = (Object.entries(record) as [K, V][]).map(([key, value]) => [key, map(value, key)] as const);
  return Object.fromEntries(entries) as Record<K, R>;
}
