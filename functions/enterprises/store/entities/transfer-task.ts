import { Entity } from 'electrodb';
import { importFormats, transferStatuses } from '#functions/enterprises/schemas/transfers';
import { documentClient, tableName } from '#functions/platform/dynamo';
import { roles } from '#functions/platform/manifest-types';

const counter = { type: 'number', required: true, default: 0 } as const;

/**
 * An enterprise import or export: created by a route, worked by an S3-event worker, read back for progress.
 * The requester is kept as it was at request time, because the worker acts in that scope.
 * Access pattern: the task T (get; conditional claim PENDING → RUNNING with a lease; progress patches fenced
 * by the run id).
 */
export const transferTask = new Entity(
  {
    model: { entity: 'transferTask', version: '1', service: 'changan' },
    attributes: {
      taskId: { type: 'string', required: true },
      kind: { type: ['import', 'export'] as const, required: true },
      status: { type: transferStatuses, required: true },
      requester: {
        type: 'map',
        required: true,
        properties: {
          userId: { type: 'string', required: true },
          username: { type: 'string', required: true },
          name: { type: 'string', required: true },
          role: { type: roles, required: true },
          districtId: { type: 'string' },
          townId: { type: 'string' },
          gridId: { type: 'string' },
          enterpriseId: { type: 'string' },
        },
      },
      /** The object that starts the worker: the uploaded file, or the export request. */
      objectKey: { type: 'string', required: true },
      fileName: { type: 'string' },
      format: { type: importFormats },
      /** Export filter, as the list route takes it. */
      filter: { type: 'any' },
      total: counter,
      processed: counter,
      created: counter,
      updated: counter,
      unchanged: counter,
      failed: counter,
      /** Import, after DONE: new enterprises whose name tokens are built so far, of `indexTotal` (second phase). */
      indexed: counter,
      indexTotal: counter,
      /** When the name-index phase failed: the nightly `enterprise-name-index` job puts the missing tokens. */
      indexFailedAt: { type: 'string' },
      /** The first row errors: [{ row, column, reason }]; the full list is the report object. */
      errors: { type: 'any' },
      reportKey: { type: 'string' },
      downloadKey: { type: 'string' },
      message: { type: 'string' },
      /** When the import's audit item says it happened: set once, before it is appended, so a run after a crash
       * appends the same item (its id derives from task and time) and the log still reads newest first. */
      auditAt: { type: 'string' },
      /** ETag of the object the worker took: the same event again is a no-op, another upload a replay. */
      eTag: { type: 'string' },
      /** The worker run that holds the task until `leaseUntil`; progress renews the lease, a dead run loses it. */
      runId: { type: 'string' },
      leaseUntil: { type: 'string' },
      attempts: counter,
      createdAt: { type: 'string', required: true },
      updatedAt: { type: 'string', required: true },
    },
    indexes: {
      byId: { pk: { field: 'pk', composite: ['taskId'] }, sk: { field: 'sk', composite: [] } },
    },
  },
  { client: documentClient, table: tableName },
);
