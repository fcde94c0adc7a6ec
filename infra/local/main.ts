import { rmSync } from 'node:fs';
import { relative } from 'node:path';
import { repoRoot } from '#infra/bundle';
import { readArgs } from './args';
import { buildConsoleIfStale } from './console-build';
import { clearRunning, dataDir, findRunning, markRunning } from './running';
import { runJob } from './scheduler';
import { seedAgenciesInBackground } from './seed/agency-run';
import { seedCampaignsInBackground } from './seed/campaign-run';
import { demoCredentials, exampleEnterpriseLogin } from './seed/credentials';
import { seedDustInBackground } from './seed/dust-run';
import { seedPatrolsInBackground } from './seed/patrol-run';
import { seedRiskInBackground } from './seed/risk-seed';
import { isSeeded, seedDemoCity } from './seed/seed-city';
import { seedZeroingInBackground } from './seed/zeroing-run';
import { startLocalStack } from './stack';
import { duration, foldJsonLogs, jobLine, stamped } from './terminal';

process.env.POWERTOOLS_LOG_LEVEL ??= 'WARN';
const args = readArgs();
const log = (line: string) => console.log(stamped(line));
// Handlers log JSON (as CloudWatch wants it); here each entry becomes one line like the others.
foldJsonLogs(process.stdout, repoRoot);
foldJsonLogs(process.stderr, repoRoot);

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

// Ctrl-C works from here on, during the first start's seeding too.
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

const data = relative(repoRoot, dataDir);

// The gateway already serves while the demo city is seeded on the first start; the accounts are printed only
// once they all exist (the city admin is written last), so every login shown works when it is shown.
if (!(await isSeeded())) {
  log(
    `first start: seeding the demo city at ${stack.url}/ (SEED_SCALE=N for more; npm start -- --reset wipes)…`,
  );
  const summary = await seedDemoCity({ scale: Number(process.env.SEED_SCALE ?? 1) });
  log(
    `seeded ${summary.towns} towns, ${summary.grids} grids, ${summary.enterprises} enterprises, ${summary.users} accounts in ${duration(summary.seconds * 1000)}`,
  );
}
/** One run of a scheduled job now, its outcome logged (a failure is logged, not thrown: the stack stays up). */
async function runNow(name: string): Promise<void> {
  const job = stack.bindings.jobs.find((candidate) => candidate.name === name);
  if (!job) return;
  const jobStarted = performance.now();
  await runJob(job, new Date()).then(
    (result) => log(jobLine(job.name, { result, ms: performance.now() - jobStarted })),
    (error: unknown) => log(jobLine(job.name, { error, ms: performance.now() - jobStarted })),
  );
}
// The dashboard's counts (and the grid coverage) are recomputed every few minutes; one run now, so they are
// there from the start.
for (const name of ['stats', 'grid-coverage']) await runNow(name);
const example = await exampleEnterpriseLogin();
const seconds = ((performance.now() - started) / 1000).toFixed(1);

console.log(`
常安码 local stack ready in ${seconds} s   (times below are Beijing time)
  console    ${stack.url}/
  phone      ${stack.url}/m/
  public     ${stack.url}/public/agencies   (中介机构公告名单, no login)
  API        ${stack.url}/api/health   (OpenAPI: ${stack.url}/api/openapi.json)
  DynamoDB   dynalite ${stack.endpoints.dynamo}   data in ${data}/dynamo
  S3         s3rver   ${stack.endpoints.s3}   data in ${data}/s3
  jobs       ${stack.bindings.jobs.map((job) => `${job.name} (${job.cron})`).join(', ')}   Asia/Shanghai
  events     ${stack.bindings.events.map((event) => `${event.name} (${event.bucket}/${event.prefix}*)`).join(', ')}

${demoCredentials(example)}

Press Ctrl-C to stop.
`);
// The demo's 常安码 data (risk points, 90 days of scans, hazards) follows in the background: usable meanwhile.
// Then the dust cleaning data (dust-run.ts), after the risk data: it uses the 安全员 accounts the risk seed makes;
// then the agencies (中介机构) with a year of scoring (agency-run.ts).
void seedRiskInBackground(log)
  .then(() => seedDustInBackground(log))
  .then(() => seedAgenciesInBackground(log))
  .then(() => seedPatrolsInBackground(log))
  // the seeded patrols' rates at once, not at the hourly job's next run
  .then(() => runNow('patrol-rates'))
  .then(() => seedZeroingInBackground(log))
  .then(() => seedCampaignsInBackground(log));
