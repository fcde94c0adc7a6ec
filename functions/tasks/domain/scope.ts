import type { Principal } from '#functions/platform/principal';
import type { TaskLevel } from '#functions/tasks/domain/kinds';

/** Where a task sits: its level, its district and (a town task's, or the town a district task concerns) town. */
export interface TaskPlace {
  level: TaskLevel;
  districtId: string;
  townId?: string | undefined;
}

/**
 * Who sees a task: the city all; a district admin its district's tasks of both levels; a town officer its
 * town's town-level tasks (a district task about its town is the bureau's work, not its inbox). Grid members
 * and enterprise users see none (the routes refuse them).
 */
export function maySeeTask(principal: Principal, task: TaskPlace): boolean {
  switch (principal.role) {
    case 'cityAdmin':
      return true;
    case 'districtAdmin':
      return principal.districtId !== undefined && task.districtId === principal.districtId;
    case 'townOfficer':
      return task.level === 'town' && principal.townId !== undefined && task.townId === principal.townId;
    default:
      return false;
  }
}

/** Who completes a task: only its assignee — the town's officer, or the district's admin; the city only reads. */
export function isAssignee(principal: Principal, task: TaskPlace): boolean {
  if (task.level === 'town') return principal.role === 'townOfficer' && maySeeTask(principal, task);
  return principal.role === 'districtAdmin' && maySeeTask(principal, task);
}
