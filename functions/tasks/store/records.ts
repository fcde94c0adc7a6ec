import type { AuditRecord } from '#functions/platform/audit/record';
import type { Principal } from '#functions/platform/principal';
import { isOverdue, taskKindRules, taskResultLabels } from '#functions/tasks/domain/kinds';
import { isAssignee } from '#functions/tasks/domain/scope';
import type { Task } from '#functions/tasks/schemas';
import type { TaskItem } from '#functions/tasks/store/entities/task';

/** The stored task as `principal` sees it; `overdue` is computed at `now`. */
export function toTask(item: TaskItem, principal: Principal, now: Date): Task {
  const place = { level: item.level, districtId: item.districtId, townId: item.townId };
  return {
    id: item.taskId,
    kind: item.kind,
    kindLabel: taskKindRules[item.kind].label,
    title: item.title,
    ...(item.detail ? { detail: item.detail } : {}),
    level: item.level,
    districtId: item.districtId,
    townId: item.townId ?? null,
    enterpriseId: item.enterpriseId,
    ...(item.enterpriseName ? { enterpriseName: item.enterpriseName } : {}),
    ...(item.siteId ? { siteId: item.siteId } : {}),
    ...(item.siteName ? { siteName: item.siteName } : {}),
    urgent: item.urgent,
    dueAt: item.dueAt,
    overdue: isOverdue(item, now),
    status: item.status,
    ...(item.result ? { result: item.result, resultLabel: taskResultLabels[item.result] } : {}),
    ...(item.note ? { note: item.note } : {}),
    photoIds: item.photoIds,
    ...(item.completedBy ? { completedBy: item.completedBy } : {}),
    ...(item.completedByName ? { completedByName: item.completedByName } : {}),
    ...(item.completedAt ? { completedAt: item.completedAt } : {}),
    canComplete: item.status === 'open' && isAssignee(principal, place),
    createdAt: item.createdAt,
    updatedAt: item.updatedAt,
    version: item.version,
  };
}

/** The audit record of a completion: state before and after, and a readable summary. */
export function completionAudit(before: TaskItem, after: TaskItem): AuditRecord {
  const state = (item: TaskItem) => ({
    status: item.status,
    ...(item.result ? { result: item.result } : {}),
    photoIds: item.photoIds,
    version: item.version,
  });
  const result = after.result ? taskResultLabels[after.result] : '';
  return {
    action: 'complete',
    entity: 'task',
    entityId: after.taskId,
    districtId: after.districtId,
    before: state(before),
    after: state(after),
    summary: `办结任务（${taskKindRules[after.kind].label}）：${after.title.slice(0, 40)}；${result}`,
  };
}
