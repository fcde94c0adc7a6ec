import { mkdirSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { CreateTableCommand, DynamoDBClient, ListTablesCommand } from '@aws-sdk/client-dynamodb';
import dynalite from 'dynalite';
import type { TableSpec } from '#functions/lib/manifest-types';
import { tables } from '#functions/manifest';

/** Starts dynalite on a free port; with `dataDir` its LevelDB persists there, otherwise it lives in memory. */
export async function startDynamo(
  dataDir?: string,
): Promise<{ endpoint: string; stop: () => Promise<void> }> {
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  const server: Server = dynalite({
    createTableMs: 0,
    deleteTableMs: 0,
    updateTableMs: 0,
    ...(dataDir ? { path: dataDir } : {}),
  });
  await new Promise<void>((resolve, reject) =>
    server.listen(0, '127.0.0.1', () => resolve()).once('error', reject),
  );
  const { port } = server.address() as AddressInfo;
  const stop = () => new Promise<void>((resolve) => server.close(() => resolve()));
  return { endpoint: `http://127.0.0.1:${port}`, stop };
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
    GlobalSecondaryIndexes: spec.indexes.map((index) => ({
      IndexName: index.name,
      KeySchema: [
        { AttributeName: index.partitionKey, KeyType: 'HASH' as const },
        { AttributeName: index.sortKey, KeyType: 'RANGE' as const },
      ],
      Projection: { ProjectionType: 'ALL' as const },
    })),
  };
}

/** Creates the manifest's tables that do not exist yet (the same definition the CDK stack uses). */
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
      if (TableNames.includes(spec.localName)) continue;
      await client.send(new CreateTableCommand(createTableInput(spec)));
      created.push(spec.localName);
    }
    return created;
  } finally {
    client.destroy();
  }
}
