import { readArgs } from '../args';
import { dataDir, findRunning } from '../running';
import { configureEnvironment, startLocalStack } from '../stack';
import { demoCredentials, exampleEnterpriseLogin } from './credentials';
import { seedRiskData } from './risk-seed';
import { isSeeded, seedDemoCity } from './seed-city';

/** `npm run seed [-- --scale <factor>]`: seeds the demo city into the local data (or a running `npm start`). */
const args = readArgs();
const scale = Number(args.scale ?? 1);
if (!(scale > 0 && scale <= 50)) {
  console.error('--scale must be a number between 0 and 50 (16.4 ≈ the seed report’s 32,742 enterprises)');
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
    const summary = await seedDemoCity({ scale });
    console.log(
      `Seeded ${summary.towns} towns, ${summary.grids} grids, ${summary.enterprises} enterprises, ${summary.users} accounts in ${summary.seconds.toFixed(1)} s`,
    );
  }
  const risk = await seedRiskData();
  if (!risk.skipped)
    console.log(
      `Seeded ${risk.points} risk points, ${risk.scans} scans, ${risk.hazards} hazards, ${risk.accounts} 安全员 accounts in ${risk.seconds.toFixed(1)} s`,
    );
  console.log(demoCredentials(await exampleEnterpriseLogin()));
} finally {
  await stack?.stop();
}
