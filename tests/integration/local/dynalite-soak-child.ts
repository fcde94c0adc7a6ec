/**
 * The soak run of tests/integration/local/dynalite-soak.test.ts, in a process of its own (started with
 * --expose-gc, so that RSS is read after a full collection and nothing of the test runner counts): dynalite as
 * `npm start` starts it (LevelDB on disk, the manifest's tables), then `QUERIES` Queries that stop at their
 * Limit, sent as raw HTTP so that the client's own allocations stay small. Prints one JSON line.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { mainTable } from '#functions/platform/tables';
import { ensureTables, startDynamo } from '#infra/local/dynamo';

const QUERIES = Number(process.env.SOAK_QUERIES ?? 20_000);
const WARMUP = 2_000;
const IN_FLIGHT = 8;
const LIMIT = 5;
const SAMPLE_EVERY = 2_000;
const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with node --expose-gc');

const dataDir = mkdtempSync(join(tmpdir(), 'changan-soak-'));
const dynamo = await startDynamo(join(dataDir, 'dynamo'));
await ensureTables(dynamo.endpoint);
const { hostname, port } = new URL(dynamo.endpoint);
const agent = new Agent({ keepAlive: true, maxSockets: IN_FLIGHT });

/** One DynamoDB JSON call; dynalite checks that a signature is there, not what it is. */
function call(target: string, body: unknown): Promise<Record<string, unknown>> {
  const data = JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const outgoing = request(
      {
        host: hostname,
        port,
        method: 'POST',
        path: '/',
        agent,
        headers: {
          'content-type': 'application/x-amz-json-1.0',
          'content-length': Buffer.byteLength(data),
          'x-amz-target': `DynamoDB_20120810.${target}`,
          'x-amz-date': '20261201T000000Z',
          authorization:
            'AWS4-HMAC-SHA256 Credential=soak/20261201/cn-north-1/dynamodb/aws4_request, SignedHeaders=host, Signature=0',
        },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          if (response.statusCode === 200) resolve(JSON.parse(text) as Record<string, unknown>);
          else reject(new Error(`${target} ${response.statusCode}: ${text}`));
        });
      },
    );
    outgoing.on('error', reject);
    outgoing.end(data);
  });
}

// One list partition of 50 items on gsi1, as a district's enterprises sit there.
const [gsi1] = mainTable.indexes;
for (let batch = 0; batch < 2; batch += 1) {
  const items = Array.from({ length: 25 }, (_, n) => {
    const id = String(batch * 25 + n).padStart(4, '0');
    return {
      PutRequest: {
        Item: {
          pk: { S: `soak#${id}` },
          sk: { S: 'soak' },
          [gsi1.partitionKey]: { S: 'soak#list' },
          [gsi1.sortKey]: { S: id },
          name: { S: `演示企业${id}有限公司` },
        },
      },
    };
  });
  await call('BatchWriteItem', { RequestItems: { [mainTable.localName]: items } });
}

const query = {
  TableName: mainTable.localName,
  IndexName: gsi1.name,
  KeyConditionExpression: '#pk = :pk',
  ExpressionAttributeNames: { '#pk': gsi1.partitionKey },
  ExpressionAttributeValues: { ':pk': { S: 'soak#list' } },
  Limit: LIMIT,
};

const rssMiB = () => {
  gc();
  gc();
  return Math.round((process.memoryUsage().rss / 1024 / 1024) * 10) / 10;
};

let stoppedAtLimit = 0;
/** `count` Queries, `IN_FLIGHT` at a time; `onSample` after every SAMPLE_EVERY of them. */
async function run(count: number, onSample?: (done: number) => void) {
  let issued = 0;
  let done = 0;
  const worker = async () => {
    while (issued < count) {
      issued += 1;
      const answer = await call('Query', query);
      if ((answer.Items as unknown[]).length === LIMIT && answer.LastEvaluatedKey) stoppedAtLimit += 1;
      done += 1;
      if (onSample && done % SAMPLE_EVERY === 0) onSample(done);
    }
  };
  await Promise.all(Array.from({ length: IN_FLIGHT }, worker));
}

const started = performance.now();
await run(WARMUP);
stoppedAtLimit = 0;
const baseline = rssMiB();
const samples: { queries: number; rssMiB: number }[] = [];
await run(QUERIES, (queries) => samples.push({ queries, rssMiB: rssMiB() }));
const seconds = Math.round((performance.now() - started) / 100) / 10;

agent.destroy();
await dynamo.stop();
rmSync(dataDir, { recursive: true, force: true });
console.log(JSON.stringify({ queries: QUERIES, stoppedAtLimit, baseline, samples, seconds }));
