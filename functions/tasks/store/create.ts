import { createHash } from 'node:crypto';
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

/**
 * One conditional create keyed by the task's key: a second call — a rerun, or a concurrent one — finds the
 * first (whatever its state: a completed task is not reopened) and writes nothing.
 */
export async function createTask(input: NewTask, now: Date): Promise<{ taskId: string; created: boolean }> {
  const { taskKey, kind, title, detail, assignee, subject, dueAt, urgent } = parsed(input);
  const taskId = taskIdOfKey(taskKey);
  const at = now.toISOString();
  const townId = assignee.townId;
  const item: TaskItem = {
    taskId,
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
  try {
    await task.create(item).go({ response: 'none' });
  } catch (error) {
    if (isConditionFailure(error)) return { taskId, created: false };
    throw error;
  }
  return { taskId, created: true };
}
