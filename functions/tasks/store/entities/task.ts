import { Entity, type EntityItem } from 'electrodb';
import { documentClient, tableName } from '#functions/platform/dynamo';
import { taskKinds, taskLevels, taskResults, taskStatuses } from '#functions/tasks/domain/kinds';

/** The sort key's first part: open tasks sort before done ones in ascending order ('done' < 'open' would not). */
export const stageOf = (status: 'open' | 'done'): '0open' | '1done' =>
  status === 'open' ? '0open' : '1done';

/**
 * A task given to a town or a district (任务), from its creation by a job to its completion. Every list reads
 * an index whose sort key is (stage, dueAt, taskId): ascending, open tasks come first, the most overdue first,
 * then by due date; a status filter is a key prefix; overdue is a key range. Access patterns:
 * - one task by id (get; its id is a hash of its taskKey, so a second create finds the first; completion is a
 *   put conditioned on the version it read)
 * - an assignee's tasks (gsi1 byAssignee: a town's, or a district's district-level tasks)
 * - a district's tasks of both levels (gsi2 byDistrict: the district bureau's view of its towns)
 * - the city's tasks (gsi3 byCity, one partition: tasks are few — at most a few per site and streak — so one
 *   partition stays far below its write limit and keeps one global order without a merge over shards)
 * Kind, level and town are filters on the chosen index.
 */
export const task = new Entity(
  {
    model: { entity: 'task', version: '1', service: 'changan' },
    attributes: {
      taskId: { type: 'string', required: true },
      taskKey: { type: 'string', required: true },
      kind: { type: taskKinds, required: true },
      title: { type: 'string', required: true },
      detail: { type: 'string' },
      level: { type: taskLevels, required: true },
      /** The assignee: the town's id for a town task, the district's for a district task. */
      assigneeId: { type: 'string', required: true },
      districtId: { type: 'string', required: true },
      townId: { type: 'string' },
      enterpriseId: { type: 'string', required: true },
      enterpriseName: { type: 'string' },
      siteId: { type: 'string' },
      siteName: { type: 'string' },
      urgent: { type: 'boolean', required: true },
      dueAt: { type: 'string', required: true },
      status: { type: taskStatuses, required: true },
      stage: { type: ['0open', '1done'] as const, required: true },
      result: { type: taskResults },
      note: { type: 'string' },
      photoIds: { type: 'list', items: { type: 'string' }, required: true },
      completedBy: { type: 'string' },
      completedByName: { type: 'string' },
      completedAt: { type: 'string' },
      city: { type: ['city'] as const, required: true },
      createdAt: { type: 'string', required: true },
      updatedAt: { type: 'string', required: true },
      /** Raised by the completion: the condition that lets exactly one of two racing completions win. */
      version: { type: 'number', required: true },
    },
    indexes: {
      byId: { pk: { field: 'pk', composite: ['taskId'] }, sk: { field: 'sk', composite: [] } },
      byAssignee: {
        index: 'gsi1',
        pk: { field: 'gsi1pk', composite: ['level', 'assigneeId'] },
        sk: { field: 'gsi1sk', composite: ['stage', 'dueAt', 'taskId'] },
      },
      byDistrict: {
        index: 'gsi2',
        pk: { field: 'gsi2pk', composite: ['districtId'] },
        sk: { field: 'gsi2sk', composite: ['stage', 'dueAt', 'taskId'] },
      },
      byCity: {
        index: 'gsi3',
        pk: { field: 'gsi3pk', composite: ['city'] },
        sk: { field: 'gsi3sk', composite: ['stage', 'dueAt', 'taskId'] },
      },
    },
  },
  { client: documentClient, table: tableName },
);

export type TaskItem = EntityItem<typeof task>;
