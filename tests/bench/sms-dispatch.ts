import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DynamoDBClient, PutItemCommand, UpdateItemCommand } from '@aws-sdk/client-dynamodb';
import { invoke } from '#infra/local/handlers';
import type { LocalStack } from '#infra/local/stack';
import { startTestStack } from '#tests/fixtures/local-stack';
import { dispatcherOf, useHttpSmsGateway as pointDispatcherAt } from '#tests/fixtures/sms-gateway';

/**
 * `npm run bench -- sms-dispatch`: the daily digest through the outbox at city scale. BENCH_MESSAGES digests
 * (default 3,000 per configuration, scaled down from the 30,000: the rate is what is measured and the
 * 30,000 figure extrapolated from it) are enqueued, then dispatched through the `http` provider to a local
 * gateway that counts every request per key and never dedupes, by 1, 2 and 4 parallel dispatcher runs
 * (segments of the sharded due index, all at once, one "minute" after another until nothing is due). The rate
 * limit is lifted (10,000/s) so the dispatcher's own capacity shows. Baseline in the same run: raw conditional
 * UpdateItem of the same dynalite at the same concurrency (64), the write a claim or a mark is.
 */
const MESSAGES = Number(process.env.BENCH_MESSAGES ?? 3000);
const RUNS = [1, 2, 4];
const TARGET_PER_SECOND = 50;
const DIGESTS = 30_000;
const WINDOW_S = 2 * 3600;
const CLAIM_SECONDS_PER_MINUTE = 45;

function countingGateway() {
  const byKey = new Map<string, number>();
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const { id } = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { id: string };
      byKey.set(id, (byKey.get(id) ?? 0) + 1);
      response.writeHead(200, { 'content-type': 'application/json' }).end(`{"messageId":"gw-${byKey.size}"}`);
    });
  });
  return { server, byKey };
}

async function rawUpdates(stack: LocalStack, seconds: number): Promise<number> {
  const client = new DynamoDBClient({ endpoint: stack.endpoints.dynamo });
  const keys = Array.from({ length: 256 }, (_, n) => `$bench#sms_${n}`);
  for (const pk of keys)
    await client.send(
      new PutItemCommand({ TableName: 'main', Item: { pk: { S: pk }, sk: { S: 'x' }, n: { N: '0' } } }),
    );
  let done = 0;
  const end = performance.now() + seconds * 1000;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: 64 }, async (_, worker) => {
      for (let i = worker; performance.now() < end; i += 64) {
        await client.send(
          new UpdateItemCommand({
            TableName: 'main',
            Key: { pk: { S: keys[i % keys.length] as string }, sk: { S: 'x' } },
            UpdateExpression: 'SET n = n + :one',
            ConditionExpression: 'attribute_exists(pk)',
            ExpressionAttributeValues: { ':one': { N: '1' } },
          }),
        );
        done += 1;
      }
    }),
  );
  client.destroy();
  return done / ((performance.now() - started) / 1000);
}

export async function runSmsDispatchBench(): Promise<number> {
  const gateway = countingGateway();
  await new Promise<void>((resolve) => gateway.server.listen(0, '127.0.0.1', resolve));
  const restore = pointDispatcherAt((gateway.server.address() as AddressInfo).port, 'bench-secret', {
    SMS_RATE_PER_SECOND: '10000',
    SMS_HTTP_TIMEOUT_MS: '30000',
  });
  Object.assign(process.env, { SMS_PROVIDER_MAX_RATE: '10000', SMS_QUIET_HOURS: 'off' });
  const stack = await startTestStack();
  let failed = false;
  try {
    const { enqueue } = await import('#functions/messages/store/outbox');
    const { anyDue } = await import('#functions/messages/store/dispatch');
    const { mapLimit } = await import('#functions/platform/concurrency');
    const dispatcher = dispatcherOf(stack);
    console.log(
      `sms-dispatch benchmark: ${MESSAGES} digests per configuration, runs ${RUNS.join('/')}; node ${process.version}`,
    );
    const raw = await rawUpdates(stack, 5);
    console.log(`  raw conditional UpdateItem (dynalite, 64 in flight)   ${raw.toFixed(0).padStart(6)} /s`);
    // Warm-up (not counted): the dispatcher's cold start and the first pages, so run 1 is not charged for them.
    await mapLimit(
      Array.from({ length: 100 }, (_, n) => `warm#${n}`),
      16,
      (key) =>
        enqueue(
          key,
          { template: 'test', params: {}, recipient: { phone: '13000000000' }, enqueuedBy: 'job:bench' },
          new Date('2026-12-13T02:00:00Z'),
        ),
    );
    await invoke(dispatcher.module, { at: '2026-12-13T02:01:00Z' }, dispatcher.timeoutMs);
    let best = 0;
    for (const [round, runs] of RUNS.entries()) {
      const start = new Date(Date.UTC(2026, 11, 14 + round, 2, 0, 0));
      const keys = Array.from({ length: MESSAGES }, (_, n) => `bench#${runs}#${n}`);
      const enqueueStarted = performance.now();
      await mapLimit(keys, 32, (key) =>
        enqueue(
          key,
          {
            template: 'riskOverdueDigest',
            params: { count: 3, worstLevel: '较大风险' },
            recipient: { phone: `13${String(runs)}${key.split('#')[2]?.padStart(9, '0')}` },
            enqueuedBy: 'job:bench',
          },
          start,
        ),
      );
      const enqueueRate = MESSAGES / ((performance.now() - enqueueStarted) / 1000);
      const started = performance.now();
      let minute = 0;
      do {
        minute += 1;
        const at = new Date(start.getTime() + minute * 60_000).toISOString();
        await Promise.all(
          Array.from({ length: runs }, (_, segment) =>
            invoke(
              dispatcher.module,
              runs > 1 ? { at, segment, totalSegments: runs } : { at },
              dispatcher.timeoutMs,
            ),
          ),
        );
      } while ((await anyDue(new Date(start.getTime() + minute * 60_000))) && minute < 60);
      const seconds = (performance.now() - started) / 1000;
      const counts = keys.map((key) => gateway.byKey.get(key) ?? 0);
      const twice = counts.filter((count) => count > 1).length;
      const missing = counts.filter((count) => count === 0).length;
      const perSecond = (MESSAGES - missing) / seconds;
      best = Math.max(best, perSecond);
      failed ||= twice > 0 || missing > 0;
      console.log(
        `  ${String(runs)} dispatcher run(s) in parallel   ${perSecond.toFixed(0).padStart(6)} msg/s   ` +
          `${(perSecond / raw).toFixed(2)}× raw UpdateItem   ${minute} invocation round(s), ${seconds.toFixed(1)} s; ` +
          `sent twice ${twice}, not sent ${missing}; enqueue ${enqueueRate.toFixed(0)}/s`,
      );
    }
    // Each run claims for 45 s of its minute; at 50/s that is 2,250 a minute.
    const effective = Math.min(TARGET_PER_SECOND, best) * (CLAIM_SECONDS_PER_MINUTE / 60);
    const windowSeconds = DIGESTS / effective;
    console.log(
      `  ${DIGESTS} digests at SMS_RATE_PER_SECOND=${TARGET_PER_SECOND} (capacity here ${best.toFixed(0)}/s): ` +
        `${(windowSeconds / 60).toFixed(1)} min (45 s of each minute), target ≤ ${WINDOW_S / 60} min` +
        `${windowSeconds <= WINDOW_S ? '' : '  MISSED'}`,
    );
    failed ||= windowSeconds > WINDOW_S;
  } finally {
    restore();
    await stack.stop();
    await new Promise<void>((resolve) => gateway.server.close(() => resolve()));
  }
  return failed ? 1 : 0;
}
