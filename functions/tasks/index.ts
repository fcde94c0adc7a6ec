/**
 * What other capabilities may use of tasks (任务): creating one. Jobs (the dust ladder; later alerts and
 * campaigns) create tasks; people close them through the routes. The store loads on first use, so a job that
 * imports this file pays for it only when it creates a task.
 */
export type { TaskKind, TaskLevel, TaskResult } from '#functions/tasks/domain/kinds';
export type { NewTask } from '#functions/tasks/store/new-task';

import type { NewTask } from '#functions/tasks/store/new-task';

/**
 * Idempotent by `taskKey` (the task id is derived from it): creating twice, or concurrently, makes one task;
 * `created` says whether this call made it. A task that exists is never changed (a done one is not reopened).
 */
export async function createTask(task: NewTask, now: Date): Promise<{ taskId: string; created: boolean }> {
  const { createTask: create } = await import('#functions/tasks/store/create');
  return create(task, now);
}

/**
 * Many tasks of one job run, idempotent each by `taskKey` as createTask: the taskKeys this call created. Keys in
 * `unread` are created without first being looked up (still conditionally): for a period's first attempt.
 */
export async function createTasks(
  tasks: readonly NewTask[],
  now: Date,
  options: { unread?: ReadonlySet<string> } = {},
): Promise<Set<string>> {
  const { createTasks: create } = await import('#functions/tasks/store/create');
  return create(tasks, now, options);
}
