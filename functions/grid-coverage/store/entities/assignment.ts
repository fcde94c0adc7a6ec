import { Entity, type EntityItem } from 'electrodb';
import { assignmentStatuses } from '#functions/grid-coverage/domain/assignment';
import { documentClient, tableName } from '#functions/platform/dynamo';
import { roles } from '#functions/platform/manifest-types';

const counter = { type: 'number', required: true, default: 0 } as const;

/**
 * A bulk assignment of a town's outside-the-grid enterprises to one of its grids (批量划入网格): created by the
 * route with the selection fixed (the ids the preview counted), worked by an S3-event worker, read back for
 * progress. The requester is kept as it was, because every audit entry is written in its name. Access pattern:
 * - assignment A (get; counters raised by the worker once per enterprise, fenced by the enterprise's mark)
 */
export const assignment = new Entity(
  {
    model: { entity: 'gridAssignment', version: '1', service: 'changan' },
    attributes: {
      assignmentId: { type: 'string', required: true },
      status: { type: assignmentStatuses, required: true },
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
        },
      },
      districtId: { type: 'string', required: true },
      townId: { type: 'string', required: true },
      townName: { type: 'string', required: true },
      gridId: { type: 'string', required: true },
      gridName: { type: 'string', required: true },
      /** The selection's filter as the request gave it (industry, q), for the console and the audit summary. */
      filter: { type: 'any', required: true },
      enterpriseIds: { type: 'list', items: { type: 'string' }, required: true },
      total: counter,
      processed: counter,
      assigned: counter,
      /** In this grid already (someone else put them there meanwhile). */
      already: counter,
      /** Moved to another town, given another grid or deleted meanwhile: left as they are. */
      skipped: counter,
      /**
       * The enterprises counted so far: the counters and this set move in one conditional update, so a worker
       * that dies after counting (before closing the mark) cannot make a rerun count twice, nor leave it uncounted.
       */
      counted: { type: 'set', items: 'string' },
      objectKey: { type: 'string', required: true },
      createdAt: { type: 'string', required: true },
      updatedAt: { type: 'string', required: true },
      finishedAt: { type: 'string' },
    },
    indexes: {
      byId: { pk: { field: 'pk', composite: ['assignmentId'] }, sk: { field: 'sk', composite: [] } },
    },
  },
  { client: documentClient, table: tableName },
);
export type AssignmentItem = EntityItem<typeof assignment>;

/**
 * One enterprise of an assignment as the workers see it: `claimed` (with the instant its write carries, so
 * every worker writes the same `updatedAt` and the same audit id) and then `done` with its outcome. The
 * claimed → done step is conditional: of any number of workers exactly one counts the enterprise. Access
 * pattern: mark (assignment, enterprise) (get, conditional create and update).
 */
export const assignmentMark = new Entity(
  {
    model: { entity: 'gridAssignmentMark', version: '1', service: 'changan' },
    attributes: {
      assignmentId: { type: 'string', required: true },
      enterpriseId: { type: 'string', required: true },
      state: { type: ['claimed', 'done'] as const, required: true },
      at: { type: 'string', required: true },
      outcome: { type: ['assigned', 'already', 'skipped'] as const },
    },
    indexes: {
      byEnterprise: {
        pk: { field: 'pk', composite: ['assignmentId', 'enterpriseId'] },
        sk: { field: 'sk', composite: [] },
      },
    },
  },
  { client: documentClient, table: tableName },
);
