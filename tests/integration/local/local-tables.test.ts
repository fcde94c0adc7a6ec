import {
  CreateTableCommand,
  DescribeTableCommand,
  DynamoDBClient,
  GetItemCommand,
  PutItemCommand,
} from '@aws-sdk/client-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditTable } from '#functions/platform/tables';
import { ensureTables, startDynamo } from '#infra/local/dynamo';

let dynamo: Awaited<ReturnType<typeof startDynamo>>;
let client: DynamoDBClient;

beforeAll(async () => {
  dynamo = await startDynamo();
  client = new DynamoDBClient({
    endpoint: dynamo.endpoint,
    region: 'cn-north-1',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  });
});
afterAll(async () => {
  client?.destroy();
  await dynamo?.stop();
});

describe('the local tables', () => {
  it('adds the indexes a persisted table lacks and keeps its items', async () => {
    // Prepare: an audit table from before gsi2 and gsi3, with one entry in it
    const [first] = auditTable.indexes;
    const keys = ['pk', 'sk', 'gsi1pk', 'gsi1sk'];
    await client.send(
      new CreateTableCommand({
        TableName: auditTable.localName,
        BillingMode: 'PAY_PER_REQUEST',
        AttributeDefinitions: keys.map((AttributeName) => ({ AttributeName, AttributeType: 'S' })),
        KeySchema: [
          { AttributeName: 'pk', KeyType: 'HASH' },
          { AttributeName: 'sk', KeyType: 'RANGE' },
        ],
        GlobalSecondaryIndexes: [
          {
            IndexName: first?.name,
            KeySchema: [
              { AttributeName: 'gsi1pk', KeyType: 'HASH' },
              { AttributeName: 'gsi1sk', KeyType: 'RANGE' },
            ],
            Projection: { ProjectionType: 'ALL' },
          },
        ],
      }),
    );
    const Key = { pk: { S: 'wujin' }, sk: { S: 'entry-1' } };
    await client.send(
      new PutItemCommand({ TableName: auditTable.localName, Item: { ...Key, action: { S: 'create' } } }),
    );

    // Act
    const changed = await ensureTables(dynamo.endpoint);

    // Assess
    expect(changed).toContain(auditTable.localName);
    const { Table } = await client.send(new DescribeTableCommand({ TableName: auditTable.localName }));
    expect(Table?.GlobalSecondaryIndexes?.map((index) => index.IndexName).sort()).toEqual([
      'gsi1',
      'gsi2',
      'gsi3',
    ]);
    const { Item } = await client.send(new GetItemCommand({ TableName: auditTable.localName, Key }));
    expect(Item?.action).toEqual({ S: 'create' });
    expect(await ensureTables(dynamo.endpoint)).toEqual([]);
  });
});
