import { createHash } from 'node:crypto';
import { mapLimit } from '#functions/platform/concurrency';
import { isConditionFailure } from '#functions/platform/conditions';
import { ValidationError } from '#functions/platform/errors';
import { stageOf, type TaskItem, task } from '#functions/tasks/store/entities/task';
import { type NewTask, newTaskSchema } from '#functions/tasks/store/new-task';

/** The task id of a taskKey: the same key (however often a job reruns, at whatever hour) names the same task. */
export const taskIdOfKey = (taskKey: string) =>
  createHash('sha256').update(`task\n${taskKey}`).digest('hex').slice(0, 26);

/** The NewTask checked: a job that hands a malformed task fails here, before anything is written. */
function parsed(input: NewTask) {
  const result = newTaskSchema.safeParse(input);
  if (result.success) return result.data;
  const fields = result.error.issues.map((issue) => ({
    path: issue.path.join('.'),
    message: issue.message,
    code: issue.code,
  }));
  throw new ValidationError(fields, `任务数据有误：${fields[0]?.path} ${fields[0]?.message}`);
}

/** The open task item a NewTask makes (checked: a malformed one throws before anything is written). */
function openTask(input: NewTask, now: Date): TaskItem {
  const { taskKey, kind, title, detail, assignee, subject, dueAt, urgent } = parsed(input);
  const at = now.toISOString();
  const townId = assignee.townId;
  return {
    taskId: taskIdOfKey(taskKey),
    taskKey,
    kind,
    title,
    ...(detail ? { detail } : {}),
    level: assignee.level,
    assigneeId: assignee.level === 'town' ? (townId as string) : assignee.districtId,
    districtId: assignee.districtId,
    ...(townId ? { townId } : {}),
    ...subject,
    urgent: urgent ?? false,
    dueAt: new Date(dueAt).toISOString(),
    status: 'open',
    stage: stageOf('open'),
    photoIds: [],
    city: 'city',
    createdAt: at,
    updatedAt: at,
    version: 1,
  };
}

/** The conditional create: false when the key's task exists (whatever its state: a done one is not reopened). */
async function createItem(item: TaskItem): Promise<boolean> {
  try {
    // originalErr: no stack-trace error built per call (ElectroDB makes one on every go() otherwise)
    await task.create(item).go({ response: 'none', originalErr: true });
    return true;
  } catch (error) {
    if (isConditionFailure(error)) return false;
    throw error;
  }
}

/**
 * One conditional create keyed by the task's key: a second call — a rerun, or a concurrent one — finds the
 * first (whatever its state: a completed task is not reopened) and writes nothing.
 */
export async function createTask(input: NewTask, now: Date): Promise<{ taskId: string; created: boolean }> {
  const item = openTask(input, now);
  return { taskId: item.taskId, created: await createItem(item) };
}

/**
 * Many at once (a job's run): all checked first, the existing ones found with batched reads, only the missing
 * ones created (conditionally, 16 in flight). Task keys in `unread` (a job's first attempt knows no earlier run
 * asked for them) skip the read; their create stays conditional. The taskKeys this call created.
 */
export async function createTasks(
  inputs: readonly NewTask[],
  now: Date,
  options: { unread?: ReadonlySet<string> } = {},
): Promise<Set<string>> {
  const items = inputs.map((input) => openTask(input, now));
  const created = new Set<string>();
  if (items.length === 0) return created;
  const toRead = items.filter((item) => !options.unread?.has(item.taskKey));
  const { data: found } =
    toRead.length > 0
      ? await task.get(toRead.map(({ taskId }) => ({ taskId }))).go({ attributes: ['taskId'] })
      : { data: [] };
  const existing = new Set(found.map(({ taskId }) => taskId));
  await mapLimit(
    items.filter((item) => !existing.has(item.taskId)),
    16,
    async (item) => {
      if (await createItem(item)) created.add(item.taskKey);
    },
  );
  return created;
}
