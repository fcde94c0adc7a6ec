/** `npm run bench -- <name>`: benchmarks print ratios against a baseline measured in the same run. */
const benches: Record<string, () => Promise<number>> = {
  bundles: async () => (await import('./bundles')).runBundleBench(),
  dust: async () => (await import('./dust')).runDustBench(),
  import: async () => (await import('./import')).runImportBench(),
  lists: async () => (await import('./lists')).runListsBench(),
  overdue: async () => (await import('./overdue')).runOverdueBench(),
  'period-metrics': async () => (await import('./period-metrics')).runPeriodMetricsBench(),
  'patrol-rates': async () => (await import('./patrol-rates')).runPatrolRatesBench(),
  'scan-ingest': async () => (await import('./scan-ingest')).runScanIngestBench(),
  'sms-dispatch': async () => (await import('./sms-dispatch')).runSmsDispatchBench(),
};

const benchName = process.argv[2];
const bench = benchName ? benches[benchName] : undefined;
if (!bench) {
  console.error(`Usage: npm run bench -- <${Object.keys(benches).join('|')}>`);
  process.exit(2);
}
process.exitCode = await bench();

export {};
