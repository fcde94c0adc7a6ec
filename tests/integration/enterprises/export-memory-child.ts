/**
 * Runs one export worker in this fresh process (started with a small heap by export-memory.test.ts) against the
 * parent's emulators, whose endpoints and table names come in the environment, and prints one JSON line: what
 * the worker answered and the process's peak RSS, sampled every 50 ms and as the kernel counted it.
 */
const taskId = process.env.EXPORT_TASK_ID ?? '';
let peakRss = process.memoryUsage.rss();
const sampler = setInterval(() => {
  peakRss = Math.max(peakRss, process.memoryUsage.rss());
}, 50);
const baselineMiB = process.memoryUsage.rss() / 1024 / 1024;
const { handler } = await import('#functions/enterprises/events/export');
const started = performance.now();
const results = await handler({
  Records: [{ s3: { object: { key: `export-requests/${taskId}.json`, eTag: 'memory-test' } } }],
} as never);
clearInterval(sampler);
peakRss = Math.max(peakRss, process.memoryUsage.rss());
console.log(
  JSON.stringify({
    results,
    seconds: Math.round((performance.now() - started) / 100) / 10,
    baselineMiB: Math.round(baselineMiB),
    peakRssMiB: Math.round(peakRss / 1024 / 1024),
    maxRssMiB: Math.round(process.resourceUsage().maxRSS / 1024),
  }),
);

export {};
