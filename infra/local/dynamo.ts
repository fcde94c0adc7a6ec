import { mkdirSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  type AttributeValue,
  BatchWriteItemCommand,
  CreateTableCommand,
  DeleteTableCommand,
  DescribeTableCommand,
  DynamoDBClient,
  ListTablesCommand,
  ScanCommand,
} from '@aws-sdk/client-dynamodb';
import dynalite from 'dynalite';
import { tables } from '#functions/manifest';
import type { TableSpec } from '#functions/platform/manifest-types';
import { guardWithLocalIam } from './iam';
import { countWrites } from './write-count';

/**
 * Starts dynalite on a free port; with `dataDir` its LevelDB persists there, otherwise it lives in memory.
 * Requests that name a function get only its manifest grants (local IAM, iam.ts); denials go to `onDenied`.
 */
export async function startDynamo(
  dataDir?: string,
  onDenied?: (line: string) => void,
): Promise<{ endpoint: string; writes: () => number; stop: () => Promise<void> }> {
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  const server: Server = dynalite({
    createTableMs: 0,
    deleteTableMs: 0,
    updateTableMs: 0,
    ...(dataDir ? { path: dataDir } : {}),
  });
  guardWithLocalIam(server, 'dynamodb', onDenied);
  const writes = countWrites(server, 'dynamodb');
  await new Promise<void>((resolve, reject) =>
    server.listen(0, '127.0.0.1', () => resolve()).once('error', reject),
  );
  const { port } = server.address() as AddressInfo;
  const stop = () => new Promise<void>((resolve) => server.close(() => resolve()));
  return { endpoint: `http://127.0.0.1:${port}`, writes, stop };
}

function createTableInput(spec: TableSpec) {
  const keyNames = new Set([
    spec.partitionKey,
    spec.sortKey,
    ...spec.indexes.flatMap((i) => [i.partitionKey, i.sortKey]),
  ]);
  return {
    TableName: spec.localName,
    BillingMode: 'PAY_PER_REQUEST' as const,
    AttributeDefinitions: [...keyNames].map((name) => ({ AttributeName: name, AttributeType: 'S' as const })),
    KeySchema: [
      { AttributeName: spec.partitionKey, KeyType: 'HASH' as const },
      { AttributeName: spec.sortKey, KeyType: 'RANGE' as const },
    ],
    // DynamoDB refuses an empty GlobalSecondaryIndexes list: a table without indexes (keys) names none.
    GlobalSecondaryIndexes:
      spec.indexes.length === 0
        ? undefined
        : spec.indexes.map((index) => ({
            IndexName: index.name,
            KeySchema: [
              { AttributeName: index.partitionKey, KeyType: 'HASH' as const },
              { AttributeName: index.sortKey, KeyType: 'RANGE' as const },
            ],
            Projection: { ProjectionType: 'ALL' as const },
          })),
  };
}

/**
 * dynalite cannot add a GSI to an existing table (UpdateTable ignores GlobalSecondaryIndexUpdates), so a
 * persisted local table that predates an index is rebuilt: items read, table re-created, items written back.
 */
async function addMissingIndexes(client: DynamoDBClient, spec: TableSpec): Promise<boolean> {
  const { Table } = await client.send(new DescribeTableCommand({ TableName: spec.localName }));
  const present = new Set((Table?.GlobalSecondaryIndexes ?? []).map((index) => index.IndexName));
  if (spec.indexes.every((index) => present.has(index.name))) return false;
  const items: Record<string, AttributeValue>[] = [];
  let ExclusiveStartKey: Record<string, AttributeValue> | undefined;
  do {
    const page = await client.send(new ScanCommand({ TableName: spec.localName, ExclusiveStartKey }));
    items.push(...(page.Items ?? []));
    ExclusiveStartKey = page.LastEvaluatedKey;
  } while (ExclusiveStartKey);
  await client.send(new DeleteTableCommand({ TableName: spec.localName }));
  await client.send(new CreateTableCommand(createTableInput(spec)));
  for (let start = 0; start < items.length; start += 25) {
    const batch = items.slice(start, start + 25).map((Item) => ({ PutRequest: { Item } }));
    await client.send(new BatchWriteItemCommand({ RequestItems: { [spec.localName]: batch } }));
  }
  return true;
}

/** Creates the manifest's tables that do not exist yet (the same definition the CDK stack uses), or adds their missing indexes. */
export async function ensureTables(endpoint: string): Promise<string[]> {
  const client = new DynamoDBClient({
    endpoint,
    region: 'cn-north-1',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  });
  try {
    const { TableNames = [] } = await client.send(new ListTablesCommand({}));
    const created: string[] = [];
    for (const spec of Object.values(tables)) {
      if (TableNames.includes(spec.localName)) {
        if (await addMissingIndexes(client, spec)) created.push(spec.localName);
        continue;
      }
      await client.send(new CreateTableCommand(createTableInput(spec)));
      created.push(spec.localName);
    }
    return created;
  } finally {
    client.destroy();
  }
}
