import { randomUUID } from 'node:crypto';
import { DynamoDBClient, PutItemCommand } from '@aws-sdk/client-dynamodb';
import type { LocalStack } from '#infra/local/stack';
import { signedIn } from '#tests/fixtures/auth';
import { countByAction, dynamoRequestsDuring } from '#tests/fixtures/dynamo-requests';
import { validEnterprise } from '#tests/fixtures/enterprises';
import { callApi, startTestStack } from '#tests/fixtures/local-stack';

/** `BENCH_SECONDS=5` for a quick look; the 20 s is the default. */
const SECONDS = Number(process.env.BENCH_SECONDS ?? 20);
const CONCURRENCY = 32;
/** Risk points the scans go round: a scan moves its point forward, so many points keep writes apart. */
const POINTS = 64;
const TARGET = 0.5;

interface Run {
  requests: number;
  errors: number;
  perSecond: number;
  p50: number;
  p99: number;
}

const quantile = (sorted: number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * q))] ?? 0;

/** `act` by CONCURRENCY workers for SECONDS: throughput and latency quantiles of the successful calls. */
async function load(act: (n: number) => Promise<boolean>): Promise<Run> {
  const latencies: number[] = [];
  let [errors, next] = [0, 0];
  const end = performance.now() + SECONDS * 1000;
  const worker = async () => {
    while (performance.now() < end) {
      const started = performance.now();
      const ok = await act(next++).catch(() => false);
      if (ok) latencies.push(performance.now() - started);
      else errors += 1;
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    requests: latencies.length,
    errors,
    perSecond: latencies.length / seconds,
    p50: quantile(latencies, 0.5),
    p99: quantile(latencies, 0.99),
  };
}

async function post(stack: LocalStack, headers: Record<string, string>, path: string, body: unknown) {
  const answer = await callApi(stack, path, { method: 'POST', headers, body: JSON.stringify(body) });
  if (answer.status !== 201)
    throw new Error(`setup ${path}: ${answer.status} ${JSON.stringify(answer.body)}`);
  return answer.body as Record<string, unknown>;
}

/**
 * `BENCH_ENTERPRISES=8` spreads the points over 8 enterprises: one enterprise's 32 phones scanning at once
 * queue on its one quarter counter item (dynalite holds an item lock for the whole read-modify-write).
 */
const ENTERPRISES = Math.max(1, Number(process.env.BENCH_ENTERPRISES ?? 1));

/** ENTERPRISES enterprises sharing POINTS risk points of a class without photo-required items, principals signed in. */
async function setUp(stack: LocalStack) {
  const city = (await signedIn(stack, { role: 'cityAdmin' })).headers;
  const town = await post(stack, city, '/api/towns', { districtId: 'wujin', name: '湖塘镇' });
  const grid = await post(stack, city, '/api/grids', { townId: town.id, name: '湖塘镇第1网格' });
  const place = { districtId: 'wujin', townId: String(town.id), gridId: String(grid.id) };
  const riskClass = await post(stack, city, '/api/risk-classes', {
    name: '机械设备（基准测试）',
    family: '机械',
    level: 'yellow',
    cycleDays: 30,
    controls: ['防护罩完好'],
    checklist: [{ text: '防护罩完好', photoRequired: false }],
  });
  const itemId = String((riskClass.checklist as { itemId: string }[])[0]?.itemId);
  const users: Record<string, string>[] = [];
  for (let i = 0; i < ENTERPRISES; i += 1) {
    const enterprise = await post(stack, city, '/api/enterprises', validEnterprise(place));
    const user = await signedIn(stack, {
      role: 'enterpriseUser',
      districtId: 'wujin',
      enterpriseId: String(enterprise.id),
      isPrincipal: true,
    });
    users.push(user.headers);
  }
  const targets: { token: string; headers: Record<string, string> }[] = [];
  for (let i = 0; i < POINTS; i += 1) {
    const headers = users[i % ENTERPRISES] as Record<string, string>;
    const point = await post(stack, headers, '/api/risk-points', {
      classId: riskClass.id,
      name: `冲床${i + 1}`,
      location: '二号车间',
      responsible: { name: '李工' },
    });
    targets.push({ token: String(point.token), headers });
  }
  return { targets, itemId };
}

const show = (name: string, run: Run) =>
  `  ${name.padEnd(34)}${run.perSecond.toFixed(0).padStart(7)} req/s   p50 ${run.p50.toFixed(1).padStart(6)} ms   p99 ${run.p99.toFixed(1).padStart(6)} ms   (${run.requests} ok, ${run.errors} failed)`;

/**
 * POST /api/scans through the local gateway (auth, validation, the point by its token, the principal flag, the
 * point moved forward, the scan written) at concurrency 32, next to raw PutItem of a scan-sized item into the
 * same dynalite at the same concurrency, in the same run: req/s, p50/p99 and the ratio (target ≥ 0.5×).
 */
export async function runScanIngestBench(): Promise<number> {
  const stack = await startTestStack();
  try {
    const { targets, itemId } = await setUp(stack);
    const client = new DynamoDBClient({ endpoint: stack.endpoints.dynamo });
    const runId = randomUUID().slice(0, 8);
    console.log(
      `scan-ingest benchmark: concurrency ${CONCURRENCY}, ${SECONDS} s each, ${POINTS} risk points of ${ENTERPRISES} enterprise(s); node ${process.version}`,
    );
    const raw = await load(async (n) => {
      const id = `${runId}-${n}`;
      await client.send(
        new PutItemCommand({
          TableName: 'main',
          Item: {
            pk: { S: `$bench#scan_${id}` },
            sk: { S: '$scan_1' },
            gsi1pk: { S: '$bench#enterpriseid_e1' },
            gsi1sk: { S: `$scan_1#scannedat_${new Date().toISOString()}#scanid_${id}` },
            payload: { S: 'x'.repeat(600) },
          },
          ConditionExpression: 'attribute_not_exists(pk)',
        }),
      );
      return true;
    });
    console.log(show('raw PutItem (dynalite)', raw));
    const { result: api, requests: underLoad } = await dynamoRequestsDuring(stack, () =>
      load(async (n) => {
        const target = targets[n % targets.length] as (typeof targets)[number];
        const answer = await fetch(`${stack.url}/api/scans`, {
          method: 'POST',
          headers: target.headers,
          body: JSON.stringify({
            token: target.token,
            clientScanId: `${runId}-${n}`,
            answers: [{ itemId, answer: 'pass' }],
            result: 'normal',
            photoIds: [],
          }),
        });
        await answer.arrayBuffer();
        return answer.status === 201;
      }),
    );
    console.log(show('POST /api/scans (local gateway)', api));
    // Under load, lost races (a point or a counter written by a concurrent scan) add conditional retries.
    const perScan = (underLoad.length / Math.max(1, api.requests + api.errors)).toFixed(2);
    console.log(
      `  DynamoDB requests per scan under load: ${perScan} ${JSON.stringify(countByAction(underLoad))}`,
    );
    // One more scan of a point no run touched this second, alone: what each scan costs in DynamoDB requests.
    const { requests } = await dynamoRequestsDuring(stack, async () => {
      const answer = await fetch(`${stack.url}/api/scans`, {
        method: 'POST',
        headers: targets[0]?.headers,
        body: JSON.stringify({
          token: targets[0]?.token,
          clientScanId: `${runId}-counted`,
          answers: [{ itemId, answer: 'pass' }],
          result: 'normal',
          photoIds: [],
        }),
      });
      await answer.arrayBuffer();
    });
    console.log(
      `  DynamoDB requests per scan: ${requests.length} ${JSON.stringify(countByAction(requests))}`,
    );
    client.destroy();
    const ratio = api.perSecond / raw.perSecond;
    console.log(
      `  ratio ${ratio.toFixed(2)}× raw PutItem (target ≥ ${TARGET}×)${ratio >= TARGET ? '' : '  MISSED'}`,
    );
    return ratio >= TARGET && api.errors === 0 ? 0 : 1;
  } finally {
    await stack.stop();
  }
}
