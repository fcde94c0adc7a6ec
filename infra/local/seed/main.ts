import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { findRunning, dataDir as localDataDir } from '../running';
import { configureEnvironment, startLocalStack } from '../stack';
import { agencySeedLine, seedAgencyData } from './agency-run';
import { campaignSeedLine, seedCampaignData } from './campaign-run';
import { demoCredentials, exampleEnterpriseLogin } from './credentials';
import { dustSeedLine, seedDustData } from './dust-run';
import { cityReport } from './fast/report';
import { runMetricsJobs } from './metrics-jobs';
import { patrolSeedLine, seedPatrolData } from './patrol-run';
import { seedRiskData } from './risk-seed';
import { isSeeded, REPORT_CITY } from './seed-city';
import { seedZeroingData, zeroingSeedLine } from './zeroing-run';

/**
 * `npm run seed [-- --scale <factor>] [--days <n>] [--seed <n>] [--at <ISO>] [--out <dir>] [--lean]`: seeds the demo city
 * into the local data (or a running `npm start`) through the fast path (fast/city.ts: raw BatchWriteItem) with a
 * progress line, and prints the raw BatchWriteItem rate measured at the start next to its own. `--scale 16.4` is
 * the report's city. `--out <dir>` seeds a stack of its own in `<dir>/data` and leaves `<dir>/summary.json`
 * (the layout of tests/bench/city-data.ts's cache, so that benchmarks can use the city).
 */
const { values: args } = parseArgs({
  options: {
    scale: { type: 'string' },
    days: { type: 'string' },
    seed: { type: 'string' },
    at: { type: 'string' },
    out: { type: 'string' },
    lean: { type: 'boolean', default: false },
  },
});
const scale = Number(args.scale ?? 1);
const days = Number(args.days ?? 90);
const at = args.at ? new Date(args.at) : undefined;
if (!(scale > 0 && scale <= 50) || !(days >= 0 && days <= 90) || (at && Number.isNaN(at.getTime()))) {
  console.error(
    `--scale must be a number between 0 and 50 (${REPORT_CITY.scale} = the seed report’s ${REPORT_CITY.enterprises} enterprises), --days 0–90, --at an ISO instant`,
  );
  process.exit(2);
}
process.env.POWERTOOLS_LOG_LEVEL ??= 'WARN';
const dataDir = args.out ? join(args.out, 'data') : localDataDir;
const running = args.out ? undefined : findRunning();
if (args.out) mkdirSync(dataDir, { recursive: true });
const stack = running ? undefined : await startLocalStack({ dataDir });
if (running) configureEnvironment(running.dynamo, running.s3, process.env.ALLOWED_ORIGINS ?? '');
const log = (line: string) => console.log(line);

try {
  if (await isSeeded()) {
    console.log('The demo city is already seeded. To seed again: npm start -- --reset (wipes local data).');
  } else {
    const { writeCityApart } = await import('./fast/city-apart');
    const { progressLine } = await import('./fast/progress-line');
    const line = progressLine();
    const summary = await writeCityApart({
      scale,
      days,
      lean: args.lean,
      ...(args.seed ? { seed: Number(args.seed) } : {}),
      ...(at ? { at } : {}),
      onRawRate: (raw) =>
        console.log(
          `raw BatchWriteItem baseline: ${Math.round(raw.itemsPerSecond)} items/s (${raw.items} items)`,
        ),
      onProgress: (progress, final) => (final ? line.done(progress) : line.update(progress)),
    });
    console.log(cityReport(summary, dataDir));
    if (args.out) writeFileSync(join(args.out, 'summary.json'), JSON.stringify(summary, null, 2));
    else await runMetricsJobs(log);
  }
  // A city seeded by an older `npm start` may still lack its risk data: the slow path completes it.
  const risk = await seedRiskData();
  if (!risk.skipped)
    console.log(
      `Seeded ${risk.points} risk points, ${risk.scans} scans, ${risk.hazards} hazards, ${risk.accounts} 安全员 accounts in ${risk.seconds.toFixed(1)} s`,
    );
  const dust = dustSeedLine(await seedDustData(at ? { at } : {}));
  if (dust) console.log(dust);
  const agencies = agencySeedLine(await seedAgencyData(at ? { at } : {}));
  if (agencies) console.log(agencies);
  const zeroing = zeroingSeedLine(await seedZeroingData({ scale, ...(at ? { at } : {}) }));
  if (zeroing) console.log(zeroing);
  const patrols = patrolSeedLine(await seedPatrolData(at ? { at } : {}));
  if (patrols) console.log(patrols);
  const campaigns = campaignSeedLine(await seedCampaignData(at ? { at } : {}));
  if (campaigns) console.log(campaigns);
  // patrol-insights: the seeded patrols' rates at once (the hourly job's computation, run here in the process)
  const { runPatrolRates } = await import('#functions/patrol-insights/jobs/patrol-rates');
  const rates = await runPatrolRates(at ?? new Date());
  console.log(
    `patrol rates: ${rates.rows} rows for ${rates.periods.join(', ')} (${rates.patrols} patrols read)`,
  );
  console.log(demoCredentials(await exampleEnterpriseLogin()));
} finally {
  await stack?.stop();
}
