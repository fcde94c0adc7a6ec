import { invoke } from '#infra/local/handlers';
import type { LocalStack } from '#infra/local/stack';

/**
 * metrics: runs the overdue job once the world's risk points exist, so that the overdue route's enterprise rows
 * are the world's enterprises (each has a point) and the matrix can check who sees which.
 */
export async function metricsOf(stack: LocalStack): Promise<void> {
  const job = stack.bindings.jobs.find((candidate) => candidate.name === 'overdue');
  if (!job) throw new Error('the manifest has no overdue job');
  await invoke(job.module, {}, job.timeoutMs);
}
