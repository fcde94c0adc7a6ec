/** The metrics jobs the dashboard reads (issue 12): run once after the demo data, so that it shows figures at once. */
export const METRICS_JOBS = ['overdue', 'period-metrics'] as const;

/**
 * Runs the manifest's metrics jobs that exist, one after the other (period metrics read the overdue snapshots),
 * in this process as the scheduler would; each outcome is one log line, and a failure does not stop the next.
 * Answers the names of the jobs it ran.
 */
export async function runMetricsJobs(log: (line: string) => void, at = new Date()): Promise<string[]> {
  const { localBindings } = await import('../bindings');
  const { runJob } = await import('../scheduler');
  const { jobLine } = await import('../terminal');
  const jobs = localBindings().jobs;
  const ran: string[] = [];
  for (const name of METRICS_JOBS) {
    const job = jobs.find((candidate) => candidate.name === name);
    if (!job) continue;
    const started = performance.now();
    await runJob(job, at).then(
      (result) => log(jobLine(name, { result, ms: performance.now() - started })),
      (error: unknown) => log(jobLine(name, { error, ms: performance.now() - started })),
    );
    ran.push(name);
  }
  return ran;
}
