import { Entity } from 'electrodb';
import { agencyImportFormats, agencyTransferStatuses } from '#functions/agencies/transfer-schemas';
import { documentClient, tableName } from '#functions/platform/dynamo';
import { roles } from '#functions/platform/manifest-types';

const counter = { type: 'number', required: true, default: 0 } as const;

/**
 * An agency import or export (as the enterprises' transfer task, without its name-index phase): created by a
 * route, worked by an S3-event worker, read back for progress. The requester is kept as it was at request time,
 * because the worker acts in that scope. Access pattern: the task T (get; conditional claim PENDING → RUNNING
 * with a lease; progress patches fenced by the run id).
 */
export const agencyTransfer = new Entity(
  {
    model: { entity: 'agencyTransfer', version: '1', service: 'changan' },
    attributes: {
      taskId: { type: 'string', required: true },
      kind: { type: ['import', 'export'] as const, required: true },
      status: { type: agencyTransferStatuses, required: true },
      requester: {
        type: 'map',
        required: true,
        properties: {
          userId: { type: 'string', required: true },
          username: { type: 'string', required: true },
          name: { type: 'string', required: true },
          role: { type: roles, required: true },
          districtId: { type: 'string' },
        },
      },
      /** The object that starts the worker: the uploaded file, or the export request. */
      objectKey: { type: 'string', required: true },
      fileName: { type: 'string' },
      format: { type: agencyImportFormats },
      /** Export filter, as the list route takes it. */
      filter: { type: 'any' },
      total: counter,
      processed: counter,
      created: counter,
      updated: counter,
      unchanged: counter,
      failed: counter,
      /** The row errors: [{ row, column, reason }]. */
      errors: { type: 'any' },
      downloadKey: { type: 'string' },
      message: { type: 'string' },
      /** When the import's audit item says it happened: set once, so a run after a crash appends the same item. */
      auditAt: { type: 'string' },
      /** ETag of the object the worker took: the same event again is a no-op, another upload a replay. */
      eTag: { type: 'string' },
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

export type AgencyTransferItem = NonNullable<
  Awaited<ReturnType<ReturnType<typeof agencyTransfer.get>['go']>>['data']
>;
