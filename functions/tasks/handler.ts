import { authenticate } from '#functions/identity/index';
import { appendAuditEntry } from '#functions/platform/audit/append';
import { httpGroup } from '#functions/platform/http/group';
import { ok, page, written } from '#functions/platform/respond';
import { tasksManifest } from '#functions/tasks/manifest';
import { completeTask, getTaskDetail } from '#functions/tasks/store/complete';
import { listTasks, taskCounts } from '#functions/tasks/store/list';
import { toTask } from '#functions/tasks/store/records';

/** 任务: scope, the kind's completion rule and the conditional write live in the store functions, not here. */
export const handler = httpGroup(
  tasksManifest.routes,
  'tasks',
  {
    'GET /api/tasks': async ({ query: { limit, cursor, ...filter }, principal, now }) => {
      const { data, nextCursor } = await listTasks(principal, filter, { limit, cursor }, now);
      return page(data, nextCursor);
    },
    'GET /api/task-counts': async ({ principal, now }) => ok(await taskCounts(principal, now)),
    'GET /api/tasks/{id}': async ({ params, principal, now }) =>
      ok(await getTaskDetail(principal, params.id, now)),
    'POST /api/tasks/{id}/complete': async ({ params, body, principal, now }) => {
      const { item, audit } = await completeTask(principal, params.id, body, now);
      return written(toTask(item, principal, now), audit);
    },
  },
  { authenticate: authenticate(), appendAudit: appendAuditEntry },
);
