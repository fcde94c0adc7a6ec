import { Match, type Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { mainTable } from '#functions/platform/tables';
import type { ChanganStack } from '#infra/stack';
import { logicalId, synthCloud, testOrigin } from '#tests/infra/synth';

type Resource = {
  Properties: Record<string, unknown>;
  DeletionPolicy?: string;
  UpdateReplacePolicy?: string;
};

let template: Template;
let stack: ChanganStack;

beforeAll(() => {
  const cloud = synthCloud();
  ({ template, stack } = cloud);
  return cloud.cleanUp;
});

describe('the data layer', () => {
  it('gives the table point-in-time recovery, deletion protection and a retain policy', () => {
    template.hasResource('AWS::DynamoDB::Table', {
      Properties: Match.objectLike({
        BillingMode: 'PAY_PER_REQUEST',
        PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
        DeletionProtectionEnabled: true,
      }),
      DeletionPolicy: 'Retain',
      UpdateReplacePolicy: 'Retain',
    });
  });

  it('creates the keys and every GSI of the table definition, projecting all attributes', () => {
    const table = Object.values(template.findResources('AWS::DynamoDB::Table'))[0] as Resource;
    expect(table.Properties.KeySchema).toEqual([
      { AttributeName: mainTable.partitionKey, KeyType: 'HASH' },
      { AttributeName: mainTable.sortKey, KeyType: 'RANGE' },
    ]);
    expect(table.Properties.GlobalSecondaryIndexes).toEqual(
      mainTable.indexes.map((index) => ({
        IndexName: index.name,
        KeySchema: [
          { AttributeName: index.partitionKey, KeyType: 'HASH' },
          { AttributeName: index.sortKey, KeyType: 'RANGE' },
        ],
        Projection: { ProjectionType: 'ALL' },
      })),
    );
  });

  it('keeps the photos bucket private, versioned, logged and open to uploads from known origins only', () => {
    const photos = template.findResources('AWS::S3::Bucket')[
      logicalId(stack.data.buckets.photos)
    ] as Resource;
    expect(photos.DeletionPolicy).toBe('Retain');
    expect(photos.Properties).toMatchObject({
      PublicAccessBlockConfiguration: {
        BlockPublicAcls: true,
        BlockPublicPolicy: true,
        IgnorePublicAcls: true,
        RestrictPublicBuckets: true,
      },
      VersioningConfiguration: { Status: 'Enabled' },
      BucketEncryption: {
        ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }],
      },
      LoggingConfiguration: { DestinationBucketName: { Ref: logicalId(stack.data.accessLogs) } },
      CorsConfiguration: { CorsRules: [{ AllowedMethods: ['POST', 'GET'], AllowedOrigins: [testOrigin] }] },
    });
  });

  it('deletes import files, reports and exports a week after they are written, old versions included', () => {
    const resources = template.findResources('AWS::S3::Bucket');
    const transfers = resources[logicalId(stack.data.buckets.transfers)] as Resource;
    const photos = resources[logicalId(stack.data.buckets.photos)] as Resource;
    const abortAfterADay = { AbortIncompleteMultipartUpload: { DaysAfterInitiation: 1 }, Status: 'Enabled' };
    expect(transfers.Properties.LifecycleConfiguration).toEqual({
      Rules: [
        abortAfterADay,
        { ExpirationInDays: 7, NoncurrentVersionExpiration: { NoncurrentDays: 1 }, Status: 'Enabled' },
      ],
    });
    // Photos are evidence: kept, but the parts of an upload that never completed are not.
    expect(photos.Properties.LifecycleConfiguration).toEqual({ Rules: [abortAfterADay] });
  });

  it('refuses every request to the photos bucket that does not use TLS', () => {
    template.hasResourceProperties('AWS::S3::BucketPolicy', {
      Bucket: { Ref: logicalId(stack.data.buckets.photos) },
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
        ]),
      },
    });
  });

  it('tags resources with their city', () => {
    template.hasResourceProperties('AWS::DynamoDB::Table', {
      Tags: Match.arrayWith([{ Key: 'city', Value: 'changzhou' }]),
    });
  });
});
