import {
  BatchWriteItemCommand,
  DeleteItemCommand,
  DynamoDBClient,
  GetItemCommand,
  PutItemCommand,
  QueryCommand,
  ScanCommand,
  UpdateItemCommand,
} from '@aws-sdk/client-dynamodb';
import {
  DeleteObjectCommand,
  GetObjectCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  S3Client,
} from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buckets, tables } from '#functions/manifest';
import type { LocalStack } from '#infra/local/stack';
import { startTestStack } from '#tests/fixtures/local-stack';
import { storageChanges, storageSnapshot } from '#tests/fixtures/storage-snapshot';

const table = tables.main.localName;
const bucket = buckets.transfers.localName;
let stack: LocalStack;
let dynamo: DynamoDBClient;
let s3: S3Client;
let counter = 0;
const key = () => ({ pk: { S: `watch-test#${++counter}` }, sk: { S: 'item' } });

beforeAll(async () => {
  stack = await startTestStack();
  dynamo = new DynamoDBClient({ endpoint: stack.endpoints.dynamo });
  s3 = new S3Client({
    endpoint: stack.endpoints.s3,
    forcePathStyle: true,
    requestChecksumCalculation: 'WHEN_REQUIRED',
  });
});
afterAll(async () => {
  dynamo?.destroy();
  s3?.destroy();
  await stack?.stop();
});

/** How many write requests `call` adds to the stack's count. */
async function writesOf(call: () => Promise<unknown>): Promise<number> {
  const before = stack.storageWrites();
  await call().catch(() => undefined);
  return stack.storageWrites() - before;
}

/** The matrix proves a refused write changed nothing by this count staying put: every way to write must move it. */
describe('the local stack’s storage write count', () => {
  it('does not move on reads, which leave storage as it was', async () => {
    // Prepare
    const item = key();
    await dynamo.send(new PutItemCommand({ TableName: table, Item: item }));
    await s3.send(new PutObjectCommand({ Bucket: bucket, Key: 'watch/read.txt', Body: 'x' }));
    const first = await storageSnapshot(stack);

    // Act
    const reads = await writesOf(async () => {
      await dynamo.send(new GetItemCommand({ TableName: table, Key: item }));
      await dynamo.send(
        new QueryCommand({
          TableName: table,
          KeyConditionExpression: 'pk = :pk',
          ExpressionAttributeValues: { ':pk': item.pk },
        }),
      );
      await dynamo.send(new ScanCommand({ TableName: table, Limit: 5 }));
      await s3.send(new ListObjectsV2Command({ Bucket: bucket }));
      await (
        await s3.send(new GetObjectCommand({ Bucket: bucket, Key: 'watch/read.txt' }))
      ).Body?.transformToString();
    });
    const second = await storageSnapshot(stack);

    // Assess
    expect(reads).toBe(0);
    expect(storageChanges(first, second)).toEqual([]);
  });

  it('moves by one for each DynamoDB write, a refused conditional one included', async () => {
    // Prepare
    const item = key();
    const other = key();

    // Act
    const counts = {
      put: await writesOf(() => dynamo.send(new PutItemCommand({ TableName: table, Item: item }))),
      update: await writesOf(() =>
        dynamo.send(
          new UpdateItemCommand({
            TableName: table,
            Key: item,
            UpdateExpression: 'SET n = :n',
            ExpressionAttributeValues: { ':n': { N: '1' } },
          }),
        ),
      ),
      refused: await writesOf(() =>
        dynamo.send(
          new PutItemCommand({
            TableName: table,
            Item: item,
            ConditionExpression: 'attribute_not_exists(pk)',
          }),
        ),
      ),
      batch: await writesOf(() =>
        dynamo.send(
          new BatchWriteItemCommand({ RequestItems: { [table]: [{ PutRequest: { Item: other } }] } }),
        ),
      ),
      delete: await writesOf(() => dynamo.send(new DeleteItemCommand({ TableName: table, Key: item }))),
    };

    // Assess
    expect(counts).toEqual({ put: 1, update: 1, refused: 1, batch: 1, delete: 1 });
  });

  it('moves by one for each S3 write: PUT, a form POST and DELETE', async () => {
    // Prepare
    const form = new FormData();
    form.set('key', 'watch/posted.txt');
    form.set('file', new Blob(['posted']), 'posted.txt');

    // Act
    const counts = {
      put: await writesOf(() =>
        s3.send(new PutObjectCommand({ Bucket: bucket, Key: 'watch/put.txt', Body: 'x' })),
      ),
      post: await writesOf(() => fetch(`${stack.endpoints.s3}/${bucket}`, { method: 'POST', body: form })),
      delete: await writesOf(() =>
        s3.send(new DeleteObjectCommand({ Bucket: bucket, Key: 'watch/put.txt' })),
      ),
    };
    const posted = await s3.send(new GetObjectCommand({ Bucket: bucket, Key: 'watch/posted.txt' }));

    // Assess
    expect(counts).toEqual({ put: 1, post: 1, delete: 1 });
    expect(await posted.Body?.transformToString()).toBe('posted');
  });
});
