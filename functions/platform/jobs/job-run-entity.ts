import { Entity } from 'electrodb';
import { documentClient, tableName } from '#functions/platform/dynamo';

/**
 * One run of a scheduled job for one period key (e.g. `2026-11-30T10:20`), which makes every job idempotent.
 * Access patterns:
 * - the run of job J for period P (get; conditional create)
 * - the latest runs of job J (query byJob, newest first)
 */
export const jobRun = new Entity(
  {
    model: { entity: 'jobRun', version: '1', service: 'changan' },
    attributes: {
      job: { type: 'string', required: true },
      periodKey: { type: 'string', required: true },
      status: { type: ['RUNNING', 'DONE', 'FAILED'] as const, required: true },
      startedAt: { type: 'string', required: true },
      finishedAt: { type: 'string' },
      items: { type: 'number' },
      error: { type: 'string' },
    },
    indexes: {
      byJob: {
        pk: { field: 'pk', composite: ['job'] },
        sk: { field: 'sk', composite: ['periodKey'] },
      },
    },
  },
  { client: documentClient, table: tableName },
);
