import { pinClock } from '#functions/platform/clock';
import { readArgs } from './args';
import { localBindings } from './bindings';
import { dataDir, findRunning } from './running';
import { runJob } from './scheduler';
import { configureEnvironment, startLocalStack } from './stack';

const args = readArgs();
const name = args.positionals[0];
const jobs = localBindings().jobs;
const job = jobs.find((candidate) => candidate.name === name);
if (!job) {
  console.error(
    `Usage: npm run job -- <name> [--at <ISO time>]\nJobs: ${jobs.map((j) => j.name).join(', ')}`,
  );
  process.exit(2);
}
const at = args.at ? new Date(args.at) : new Date();
if (Number.isNaN(at.getTime())) {
  console.error(`--at is not a valid ISO time: ${args.at}`);
  process.exit(2);
}
// The job's context clock follows the event's `at`; pinning makes the rest of this process (job-run
// bookkeeping, store defaults) agree with it.
if (args.at) pinClock(at);

// Reuse the emulators of a running `npm start`; otherwise open the local data ourselves.
const running = findRunning();
const stack = running ? undefined : await startLocalStack({ dataDir });
if (running) configureEnvironment(running.dynamo, running.s3, process.env.ALLOWED_ORIGINS ?? '');

try {
  const result = await runJob(job, at);
  console.log(`${job.name} at ${at.toISOString()}: ${JSON.stringify(result)}`);
} finally {
  await stack?.stop();
}
