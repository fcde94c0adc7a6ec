import { Entity } from 'electrodb';
import { labelSheetStatuses } from '#functions/labels/schemas';
import { documentClient, tableName } from '#functions/platform/dynamo';
import { roles } from '#functions/platform/manifest-types';

const counter = { type: 'number', required: true, default: 0 } as const;

/**
 * A label sheet print: created by POST /api/label-sheets, worked by the label-sheet S3-event worker, read back
 * for progress. The requester is kept as it was at request time, because the worker prints in that scope.
 * Access pattern: the sheet S (get; conditional claim PENDING → RUNNING with a lease; progress patches fenced by
 * the run id). Key prefix: its own `sheetId` composite.
 */
export const labelSheet = new Entity(
  {
    model: { entity: 'labelSheet', version: '1', service: 'changan' },
    attributes: {
      sheetId: { type: 'string', required: true },
      status: { type: labelSheetStatuses, required: true },
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
      /** The request object that starts the worker (`label-requests/<sheetId>.json`). */
      objectKey: { type: 'string', required: true },
      /** The selection: `{ ids }` or `{ filter }`, as the route validated it. */
      selection: { type: 'any', required: true },
      total: counter,
      processed: counter,
      skipped: counter,
      downloadKey: { type: 'string' },
      message: { type: 'string' },
      /** ETag of the request object the worker took: the same event again is a no-op, another upload a replay. */
      eTag: { type: 'string' },
      /** The worker run that holds the sheet until `leaseUntil`; progress renews the lease, a dead run loses it. */
      runId: { type: 'string' },
      leaseUntil: { type: 'string' },
      attempts: counter,
      createdAt: { type: 'string', required: true },
      updatedAt: { type: 'string', required: true },
    },
    indexes: {
      byId: { pk: { field: 'pk', composite: ['sheetId'] }, sk: { field: 'sk', composite: [] } },
    },
  },
  { client: documentClient, table: tableName },
);
