import { parseArgs } from 'node:util';
import { dataDir, findRunning } from '../running';
import { configureEnvironment, startLocalStack } from '../stack';
import { demoCredentials, exampleEnterpriseLogin } from './credentials';
import { cityReport } from './fast/report';
import { seedRiskData } from './risk-seed';
import { isSeeded, REPORT_CITY } from './seed-city';

/**
 * `npm run seed [-- --scale <factor>] [--days <n>] [--seed <n>]`: seeds the demo city into the local data (or a
 * running `npm start`) through the fast path (fast/city.ts: raw BatchWriteItem), with a progress line, and
 * prints the raw BatchWriteItem rate measured at the start next to its own. `--scale 16.4` is the report's city.
 */
const { values: args } = parseArgs({
  options: { scale: { type: 'string' }, days: { type: 'string' }, seed: { type: 'string' } },
});
const scale = Number(args.scale ?? 1);
const days = Number(args.days ?? 90);
if (!(scale > 0 && scale <= 50) || !(days >= 0 && days <= 90)) {
  console.error(
    `--scale must be a number between 0 and 50 (${REPORT_CITY.scale} = the seed report’s ${REPORT_CITY.enterprises} enterprises), --days 0–90`,
  );
  process.exit(2);
}
process.env.POWERTOOLS_LOG_LEVEL ??= 'WARN';
const running = findRunning();
const stack = running ? undefined : await startLocalStack({ dataDir });
if (running) configureEnvironment(running.dynamo, running.s3, process.env.ALLOWED_ORIGINS ?? '');

try {
  if (await isSeeded()) {
    console.log('The demo city is already seeded. To seed again: npm start -- --reset (wipes local data).');
  } else {
    const { writeCity } = await import('./fast/city');
    const { progressLine } = await import('./fast/progress-line');
    const line = progressLine();
    const summary = await writeCity({
      scale,
      days,
      ...(args.seed ? { seed: Number(args.seed) } : {}),
      onProgress: (progress, final) => (final ? line.done(progress) : line.update(progress)),
    });
    console.log(cityReport(summary, dataDir));
  }
  // A city seeded by an older `npm start` may still lack its risk data: the slow path completes it.
  const risk = await seedRiskData();
  if (!risk.skipped)
    console.log(
      `Seeded ${risk.points} risk points, ${risk.scans} scans, ${risk.hazards} hazards, ${risk.accounts} 安全员 accounts in ${risk.seconds.toFixed(1)} s`,
    );
  console.log(demoCredentials(await exampleEnterpriseLogin()));
} finally {
  await stack?.stop();
}
