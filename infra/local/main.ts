import { rmSync } from 'node:fs';
import { relative } from 'node:path';
import { repoRoot } from '#infra/bundle';
import { readArgs } from './args';
import { buildConsoleIfStale } from './console-build';
import { clearRunning, dataDir, findRunning, markRunning } from './running';
import { demoCredentials } from './seed/credentials';
import { isSeeded, seedDemoCity } from './seed/seed-city';
import { startLocalStack } from './stack';

process.env.POWERTOOLS_LOG_LEVEL ??= 'WARN';
const args = readArgs();
const log = (line: string) =>
  console.log(`${new Date().toLocaleTimeString('zh-CN', { hour12: false })} ${line}`);

if (args.help) {
  console.log('npm start [-- --reset] [--port 3000]   runs the whole system locally (PORT also works)');
  process.exit(0);
}
if (findRunning()) {
  console.error(
    '另一个本地栈已在运行（.data/running.json）。请先停止它。 Another local stack is already running.',
  );
  process.exit(1);
}
if (args.reset) {
  rmSync(dataDir, { recursive: true, force: true });
  log('--reset: local data wiped');
}

const started = performance.now();
await buildConsoleIfStale(log);
const stack = await startLocalStack({
  port: Number(args.port ?? process.env.PORT ?? 3000),
  dataDir,
  scheduler: true,
  log,
});
markRunning({ pid: process.pid, url: stack.url, ...stack.endpoints });
const seconds = ((performance.now() - started) / 1000).toFixed(1);
const data = relative(repoRoot, dataDir);

console.log(`
常安码 local stack ready in ${seconds} s
  console    ${stack.url}/
  phone      ${stack.url}/m/
  API        ${stack.url}/api/health   (OpenAPI: ${stack.url}/api/openapi.json)
  DynamoDB   dynalite ${stack.endpoints.dynamo}   data in ${data}/dynamo
  S3         s3rver   ${stack.endpoints.s3}   data in ${data}/s3
  jobs       ${stack.bindings.jobs.map((job) => `${job.name} (${job.cron}, Asia/Shanghai)`).join(', ')}
  events     ${stack.bindings.events.map((event) => `${event.name} (${event.bucket}/${event.prefix}*)`).join(', ')}
Press Ctrl-C to stop.
`);

// The gateway already serves while the demo city is seeded on the first start.
if (!(await isSeeded())) {
  log('first start: seeding the demo city (SEED_SCALE=N for more; npm start -- --reset wipes)…');
  const summary = await seedDemoCity({ scale: Number(process.env.SEED_SCALE ?? 1) });
  log(
    `seeded ${summary.towns} towns, ${summary.grids} grids, ${summary.enterprises} enterprises, ${summary.users} accounts in ${summary.seconds.toFixed(1)} s`,
  );
}
console.log(`\n${demoCredentials()}\n`);

let stopping = false;
const shutdown = (signal: string) => {
  if (stopping) return;
  stopping = true;
  log(`${signal}: stopping…`);
  clearRunning();
  stack
    .stop()
    .then(() => process.exit(0))
    .catch((error: unknown) => {
      console.error(error);
      process.exit(1);
    });
};
process.on('SIGINT', () => shutdown('SIGINT'));
process.on('SIGTERM', () => shutdown('SIGTERM'));
