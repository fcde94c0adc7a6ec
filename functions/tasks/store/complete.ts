import { photoViews, usablePhotos } from '#functions/photos/index';
import type { AuditRecord } from '#functions/platform/audit/record';
import { isConditionFailure } from '#functions/platform/conditions';
import { ConflictError, NotFoundError, ValidationError } from '#functions/platform/errors';
import type { Principal } from '#functions/platform/principal';
import { completionIssues, taskKindRules, taskResultLabels } from '#functions/tasks/domain/kinds';
import { isAssignee, maySeeTask } from '#functions/tasks/domain/scope';
import type { Completion, TaskDetail } from '#functions/tasks/schemas';
import { stageOf, type TaskItem, task } from '#functions/tasks/store/entities/task';
import { completionAudit, toTask } from '#functions/tasks/store/records';

const DONE_MESSAGE = '该任务已办结，不能重复办结';

/** The task if `principal` may see it; a missing or out-of-scope one is the same 404 (DOMAIN.md). */
export async function visibleTask(principal: Principal, id: string): Promise<TaskItem> {
  const { data } = await task.get({ taskId: id }).go({ consistent: true });
  if (!data || !maySeeTask(principal, data)) throw new NotFoundError('任务不存在或不在您的管辖范围内');
  return data;
}

/** A task with the photos of its completion and what its kind needs to close it. */
export async function getTaskDetail(principal: Principal, id: string, now: Date): Promise<TaskDetail> {
  const item = await visibleTask(principal, id);
  const rule = taskKindRules[item.kind];
  const photos = item.photoIds.length > 0 ? await photoViews(principal, item.photoIds) : [];
  return {
    ...toTask(item, principal, now),
    photos,
    allowedResults: rule.results.map((value) => ({ value, label: taskResultLabels[value] })),
    minPhotos: rule.minPhotos,
  };
}

/**
 * Closes an open task by its assignee with the result its kind allows and the photos it needs (VERIFIED, kind
 * `task`, taken by the completer at the subject enterprise). One put conditioned on the version read: of two
 * racing completions one wins, the other gets the same 409 as a second completion.
 */
export async function completeTask(
  principal: Principal,
  id: string,
  input: Completion,
  now: Date,
): Promise<{ item: TaskItem; audit: AuditRecord }> {
  const before = await visibleTask(principal, id);
  // Someone else's task is not found for completing, even where it can be read (the city, the district on a
  // town's task): only the assignee closes it, and the message says who does.
  if (!isAssignee(principal, before))
    throw new NotFoundError(
      before.level === 'town'
        ? '未找到指派给您的该任务：此任务由所在镇（街道）安全员办理'
        : '未找到指派给您的该任务：此任务由所在辖市（区）应急管理局办理',
    );
  if (before.status !== 'open') throw new ConflictError('TASK_DONE', DONE_MESSAGE);
  const issues = completionIssues(before.kind, input);
  if (issues.length > 0)
    throw new ValidationError(
      issues.map((issue) => ({ ...issue, code: 'TASK_RULE' })),
      issues.map((issue) => issue.message).join('；'),
    );
  if (input.photoIds.length > 0)
    await usablePhotos({
      photoIds: input.photoIds,
      enterpriseId: before.enterpriseId,
      uploadedBy: principal.userId,
      kinds: ['task'],
      fieldPath: 'body.photoIds',
    });
  const at = now.toISOString();
  const after: TaskItem = {
    ...before,
    status: 'done',
    stage: stageOf('done'),
    result: input.result,
    note: input.note,
    photoIds: input.photoIds,
    completedBy: principal.userId,
    completedByName: principal.name,
    completedAt: at,
    updatedAt: at,
    version: before.version + 1,
  };
  try {
    await task
      .put(after)
      .where((a, op) => op.eq(a.version, before.version))
      .go({ response: 'none' });
  } catch (error) {
    if (!isConditionFailure(error)) throw error;
    throw new ConflictError('TASK_DONE', DONE_MESSAGE);
  }
  return { item: after, audit: completionAudit(before, after) };
}
