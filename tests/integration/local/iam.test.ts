import { GetObjectCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import {
  BatchGetCommand,
  BatchWriteCommand,
  DeleteCommand,
  GetCommand,
  PutCommand,
  QueryCommand,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buckets, tables } from '#functions/manifest';
import { caller } from '#functions/platform/caller';
import { invoke } from '#infra/local/handlers';
import { checkDynamo, checkS3 } from '#infra/local/iam-rules';
import { type LocalStack, startLocalStack } from '#infra/local/stack';
import { signedIn } from '#tests/fixtures/auth';
import { callApi } from '#tests/fixtures/local-stack';

let stack: LocalStack;
const logged: string[] = [];
// The handlers' own clients (functions/platform), imported once the stack has set their endpoints.
let documentClient: typeof import('#functions/platform/dynamo').documentClient;
let s3Client: typeof import('#functions/platform/s3').s3Client;

beforeAll(async () => {
  stack = await startLocalStack({ port: 0, log: (line) => logged.push(line) });
  ({ documentClient } = await import('#functions/platform/dynamo'));
  ({ s3Client } = await import('#functions/platform/s3'));
});
afterAll(async () => {
  await stack?.stop();
});

const main = tables.main.localName;
const audit = tables.audit.localName;
const transfersBucket = buckets.transfers.localName;
const photosBucket = buckets.photos.localName;
let counter = 0;
const key = () => ({ pk: `iam-test#${++counter}`, sk: 'item' });
/** A conditional put as ElectroDB's `create` sends it (the audit middleware's append). */
const createOnly = {
  ConditionExpression: 'attribute_not_exists(#pk) AND attribute_not_exists(#sk)',
  ExpressionAttributeNames: { '#pk': 'pk', '#sk': 'sk' },
};

/** Runs `call` as the manifest function `functionName`, as `invoke()` runs a handler. */
const as = <T>(functionName: string, call: () => Promise<T>) => caller.run({ functionName }, call);

/** The error an SDK call failed with (or fails the test if it succeeded). */
async function failure(call: Promise<unknown>): Promise<{ name: string; message: string; status?: number }> {
  try {
    await call;
  } catch (error) {
    const { name, message, $metadata } = error as Error & { $metadata?: { httpStatusCode?: number } };
    return { name, message, status: $metadata?.httpStatusCode };
  }
  throw new Error('expected the call to be denied, but it succeeded');
}

describe('local IAM on DynamoDB', () => {
  it('denies a function without table grants (the health group) any table, like AWS', async () => {
    // Act
    const denied = await failure(
      as('system', () => documentClient.send(new GetCommand({ TableName: main, Key: key() }))),
    );

    // Assess
    expect(denied).toMatchObject({ name: 'AccessDeniedException', status: 400 });
    expect(denied.message).toBe(
      'User: local/system is not authorized to perform: dynamodb:GetItem on resource: ' +
        'arn:aws:dynamodb:local:000000000000:table/main because no identity-based policy allows the dynamodb:GetItem action',
    );
    expect(logged.some((line) => line.startsWith('iam: User: local/system'))).toBe(true);
  });

  it('lets a read grant (the audit group on main) read but not write', async () => {
    // Prepare
    const item = key();
    await documentClient.send(
      new PutCommand({ TableName: main, Item: { ...item, note: 'seeded by admin' } }),
    );

    // Act
    const read = await as('audit', () => documentClient.send(new GetCommand({ TableName: main, Key: item })));
    const queried = await as('audit', () =>
      documentClient.send(
        new QueryCommand({
          TableName: main,
          KeyConditionExpression: 'pk = :pk',
          ExpressionAttributeValues: { ':pk': item.pk },
        }),
      ),
    );
    const put = await failure(
      as('audit', () => documentClient.send(new PutCommand({ TableName: main, Item: key() }))),
    );
    const batch = await failure(
      as('audit', () =>
        documentClient.send(
          new BatchWriteCommand({ RequestItems: { [main]: [{ PutRequest: { Item: key() } }] } }),
        ),
      ),
    );

    // Assess
    expect(read.Item).toMatchObject({ note: 'seeded by admin' });
    expect(queried.Items).toHaveLength(1);
    expect(put).toMatchObject({ name: 'AccessDeniedException' });
    expect(put.message).toContain('local/audit is not authorized to perform: dynamodb:PutItem');
    expect(batch.message).toContain(
      'dynamodb:BatchWriteItem on resource: arn:aws:dynamodb:local:000000000000:table/main',
    );
  });

  it('lets an append grant (a writing group on audit) create entries, never overwrite, change, delete or read them', async () => {
    // Prepare
    const entry = key();

    // Act
    await as('org', () =>
      documentClient.send(new PutCommand({ TableName: audit, Item: entry, ...createOnly })),
    );
    const unconditional = await failure(
      as('org', () =>
        documentClient.send(new PutCommand({ TableName: audit, Item: { ...entry, forged: true } })),
      ),
    );
    const loophole = await failure(
      as('org', () =>
        documentClient.send(
          new PutCommand({
            TableName: audit,
            Item: entry,
            ConditionExpression: 'attribute_not_exists(#pk) OR attribute_exists(#pk)',
            ExpressionAttributeNames: { '#pk': 'pk' },
          }),
        ),
      ),
    );
    const update = await failure(
      as('org', () =>
        documentClient.send(
          new UpdateCommand({
            TableName: audit,
            Key: entry,
            UpdateExpression: 'SET forged = :t',
            ExpressionAttributeValues: { ':t': true },
          }),
        ),
      ),
    );
    const removal = await failure(
      as('org', () => documentClient.send(new DeleteCommand({ TableName: audit, Key: entry }))),
    );
    const read = await failure(
      as('org', () => documentClient.send(new GetCommand({ TableName: audit, Key: entry }))),
    );
    const batch = await failure(
      as('org', () =>
        documentClient.send(
          new BatchWriteCommand({ RequestItems: { [audit]: [{ PutRequest: { Item: key() } }] } }),
        ),
      ),
    );

    // Assess
    const stored = await documentClient.send(new GetCommand({ TableName: audit, Key: entry }));
    expect(stored.Item).toEqual(entry);
    expect(unconditional.message).toContain('dynamodb:PutItem');
    expect(unconditional.message).toContain('attribute_not_exists');
    expect(loophole.name).toBe('AccessDeniedException');
    expect(update.message).toContain('dynamodb:UpdateItem');
    expect(removal.message).toContain('dynamodb:DeleteItem');
    expect(read.message).toContain('dynamodb:GetItem');
    expect(batch.message).toContain('dynamodb:BatchWriteItem');
  });

  it('checks every table of a batch, and gives a name the manifest does not know nothing', async () => {
    // Prepare
    const keys = { [main]: { Keys: [key()] }, [audit]: { Keys: [key()] } };

    // Act
    const auditGroup = await as('audit', () =>
      documentClient.send(new BatchGetCommand({ RequestItems: keys })),
    );
    const heartbeat = await failure(
      as('heartbeat', () => documentClient.send(new BatchGetCommand({ RequestItems: keys }))),
    );
    const unknown = await failure(
      as('no-such-function', () => documentClient.send(new GetCommand({ TableName: main, Key: key() }))),
    );
    const admin = await documentClient.send(new GetCommand({ TableName: audit, Key: key() }));

    // Assess
    expect(auditGroup.Responses).toEqual({ [main]: [], [audit]: [] });
    expect(heartbeat.message).toContain(
      'local/heartbeat is not authorized to perform: dynamodb:BatchGetItem',
    );
    expect(heartbeat.message).toContain('table/audit');
    expect(unknown.name).toBe('AccessDeniedException');
    expect(admin.Item).toBeUndefined();
  });

  it('runs each invoked handler as its manifest function', async () => {
    // Act
    const asItself = await invoke('system/jobs/heartbeat', { at: '2026-12-01T02:00:00Z' }, 10_000);
    const asHealthGroup = await failure(
      invoke('system/jobs/heartbeat', { at: '2026-12-01T03:00:00Z' }, 10_000, 'system'),
    );

    // Assess
    expect(asItself).toEqual({ items: expect.any(Number) });
    // ElectroDB wraps the SDK's AccessDeniedException, as it would in AWS.
    expect(asHealthGroup.message).toContain('User: local/system is not authorized to perform: dynamodb:');
  });
});

describe('local IAM on S3', () => {
  it('denies a function without bucket grants GetObject and PutObject', async () => {
    // Act
    const put = await failure(
      as('system', () =>
        s3Client.send(new PutObjectCommand({ Bucket: transfersBucket, Key: 'iam/a.txt', Body: 'x' })),
      ),
    );
    const get = await failure(
      as('system', () => s3Client.send(new GetObjectCommand({ Bucket: transfersBucket, Key: 'iam/a.txt' }))),
    );

    // Assess
    expect(put).toMatchObject({ name: 'AccessDenied', status: 403 });
    expect(put.message).toContain(
      `local/system is not authorized to perform: s3:PutObject on resource: arn:aws:s3:::${transfersBucket}/iam/a.txt`,
    );
    expect(get).toMatchObject({ name: 'AccessDenied', status: 403 });
    expect(get.message).toContain('s3:GetObject');
  });

  it('lets a function use the bucket it is granted and no other', async () => {
    // Act
    await as('transfers', () =>
      s3Client.send(new PutObjectCommand({ Bucket: transfersBucket, Key: 'iam/b.txt', Body: 'hello' })),
    );
    const read = await as('transfers', () =>
      s3Client.send(new GetObjectCommand({ Bucket: transfersBucket, Key: 'iam/b.txt' })),
    );
    const other = await failure(
      as('transfers', () =>
        s3Client.send(new PutObjectCommand({ Bucket: photosBucket, Key: 'iam/b.txt', Body: 'x' })),
      ),
    );

    // Assess
    expect(await read.Body?.transformToString()).toBe('hello');
    expect(other).toMatchObject({ name: 'AccessDenied', status: 403 });
  });
});

describe('the local IAM policy', () => {
  it('maps modes to the actions CDK grants', () => {
    // Prepare
    const readOnly = { tables: { main: 'read' }, buckets: { photos: 'read' } } as const;
    const writeOnly = { tables: { main: 'write' }, buckets: { photos: 'write' } } as const;
    const readAppend = { tables: { audit: 'readAppend' } } as const;
    const noHeaders = {};

    // Act & Assess
    expect(checkDynamo(readOnly, 'Scan', { TableName: main })).toBeUndefined();
    expect(checkDynamo(readOnly, 'DeleteItem', { TableName: main })?.action).toBe('dynamodb:DeleteItem');
    expect(checkDynamo(writeOnly, 'UpdateItem', { TableName: main })).toBeUndefined();
    expect(checkDynamo(writeOnly, 'GetItem', { TableName: main })?.action).toBe('dynamodb:GetItem');
    expect(checkDynamo(readAppend, 'Query', { TableName: audit })).toBeUndefined();
    expect(checkDynamo(readAppend, 'PutItem', { TableName: audit, ...createOnly })).toBeUndefined();
    expect(checkDynamo(readAppend, 'PutItem', { TableName: audit })?.action).toBe('dynamodb:PutItem');
    expect(checkDynamo(readOnly, 'ListTables', {})?.resource).toContain('table/*');
    expect(checkDynamo(readOnly, 'CreateTable', { TableName: main })?.action).toBe('dynamodb:CreateTable');
    expect(checkS3(readOnly, 'GET', `/${photosBucket}/a.jpg?x-id=GetObject`, noHeaders)).toBeUndefined();
    expect(checkS3(readOnly, 'HEAD', `/${photosBucket}/a.jpg`, noHeaders)).toBeUndefined();
    expect(checkS3(readOnly, 'GET', `/${photosBucket}?list-type=2`, noHeaders)).toBeUndefined();
    expect(checkS3(readOnly, 'PUT', `/${photosBucket}/a.jpg`, noHeaders)?.action).toBe('s3:PutObject');
    expect(checkS3(writeOnly, 'DELETE', `/${photosBucket}/a.jpg`, noHeaders)).toBeUndefined();
    expect(checkS3(writeOnly, 'GET', `/${photosBucket}/a.jpg`, noHeaders)?.action).toBe('s3:GetObject');
    expect(checkS3(writeOnly, 'PUT', `/${photosBucket}`, noHeaders)).toBeDefined();
    expect(checkS3(writeOnly, 'GET', '/', noHeaders)?.action).toBe('s3:ListAllMyBuckets');
    const copy = { 'x-amz-copy-source': `/${transfersBucket}/secret.xlsx` };
    expect(checkS3(writeOnly, 'PUT', `/${photosBucket}/a.jpg`, copy)?.resource).toContain(transfersBucket);
  });
});

describe('the API behind local IAM', () => {
  it('still answers health, logins and supervisor writes, whose audit entries are appended', async () => {
    // Prepare
    const city = await signedIn(stack, { role: 'cityAdmin' });
    const linesBefore = logged.length;

    // Act
    const health = await callApi(stack, '/api/health');
    const town = await callApi(stack, '/api/towns', {
      method: 'POST',
      headers: city.headers,
      body: JSON.stringify({ districtId: 'wujin', name: '权限测试镇' }),
    });
    const log = await callApi(stack, '/api/audit?limit=100', { headers: city.headers });

    // Assess
    expect(health.status).toBe(200);
    expect(town.status).toBe(201);
    const requestId = town.headers.get('x-request-id');
    const entries = (log.body as { data: { requestId: string }[] }).data;
    expect(log.status).toBe(200);
    expect(entries.filter((entry) => entry.requestId === requestId)).toHaveLength(1);
    expect(logged.slice(linesBefore).filter((line) => line.startsWith('iam:'))).toEqual([]);
  });
});
