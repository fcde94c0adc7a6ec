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
import { invoke } from '#infra/local/handlers';
import {
  as,
  audit,
  createOnly,
  documentClient,
  failure,
  key,
  logged,
  main,
  startIamStack,
  stopIamStack,
} from '#tests/integration/local/iam-support';

beforeAll(startIamStack);
afterAll(stopIamStack);

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
